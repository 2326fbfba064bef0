/**
 * CSV import of customers, contacts, purchases and interactions (formats in the README's CSV import formats). One
 * implementation behind the three ways in — the upload page, {@code POST /api/imports/{kind}} and the
 * {@code csv-import} batch job: {@link com.strata.imports.ImportSource} streams and checks the file,
 * {@link com.strata.imports.RowValidator} turns each row into typed values or row-level errors, and
 * {@link com.strata.imports.ChunkWriter} upserts a chunk with JDBC batches, idempotent on each kind's key. Each
 * import is recorded as an {@link com.strata.imports.ImportRun} entity, kept by {@link com.strata.imports.ImportRuns}
 * as classification runs are kept; its rejected rows go to {@code import_error} in JDBC batches.
 */
package com.strata.imports;
