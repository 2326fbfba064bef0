/**
 * The reclassification job ({@code META-INF/batch-jobs/reclassify.xml}): aggregate, fit, score (partitioned
 * chunks), publish. The artifacts here only sequence the steps of {@link com.strata.runs.RunSteps}; the launcher
 * starts and restarts the job for pages and the API, and the schedule starts APPLY runs from the active policy.
 */
package com.strata.batch.reclassify;
