/**
 * Classification runs: one execution of the reclassification job (APPLY) or a dry-run (PREVIEW) under one policy
 * version and as-of date. Here live the run records, the set-based snapshot of each customer's aggregates, the
 * scoring of the snapshot with the engine, the writes of scores and tier changes (binary {@code COPY} on
 * PostgreSQL, JDBC batches on H2), the set-based switch of live tiers, and the run summary. The Jakarta Batch job in
 * the batch module only sequences these steps.
 */
package com.strata.runs;
