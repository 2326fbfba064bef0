package com.strata.batch.reclassify;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The classification run the current reclassify job execution works on: the job-level property {@code runId}, which
 * the job XML takes from the job parameters. A restart re-reads its parameters, and the launcher names the same run.
 */
@Dependent
public class ReclassifiedRun {

    static final String PROPERTY = "runId";

    @Inject
    private JobContext job;

    long id() {
        return Long.parseLong(job.getProperties().getProperty(PROPERTY));
    }
}
