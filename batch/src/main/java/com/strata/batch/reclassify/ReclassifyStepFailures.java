package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Notes why a step failed on the run, in words, as soon as it fails (a chunk's error or a batchlet's). */
@Dependent
@Named
public class ReclassifyStepFailures extends AbstractChunkListener implements StepListener {

    @Inject
    private ReclassifiedRun run;

    @Inject
    private StepContext step;

    @EJB
    private RunSteps steps;

    @Override
    public void onError(Exception failure) {
        record(failure);
    }

    @Override
    public void beforeStep() {
        // Nothing to prepare; only failures are recorded.
    }

    @Override
    public void afterStep() {
        if (step.getException() != null) {
            record(step.getException());
        }
    }

    private void record(Exception failure) {
        steps.noteFailure(run.id(), "Step " + step.getStepName() + " failed: " + failure.getMessage());
    }
}
