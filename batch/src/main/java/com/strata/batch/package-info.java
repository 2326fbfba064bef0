/**
 * Jakarta Batch jobs that work on the whole customer base: their job XMLs live in {@code META-INF/batch-jobs}
 * beside the {@code @Named} artifacts here, and they call the core services rather than holding business rules.
 */
package com.strata.batch;
