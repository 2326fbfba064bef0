package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the run record in step with the job: running when an execution starts, failed when one ends otherwise. */
@Dependent
@Named
public class ReclassifyListener implements JobListener {

    @Inject
    private ReclassifiedRun run;

    @Inject
    private JobContext job;

    @EJB
    private RunSteps steps;

    @Override
    public void beforeJob() {
        steps.running(run.id(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        if (job.getBatchStatus() != BatchStatus.COMPLETED) {
            steps.failed(run.id(), "The run ended " + job.getBatchStatus() + " in execution " + job.getExecutionId());
        }
    }
}
