package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step publish: counts per tier, segment and stage, revenue per tier, the migration matrix; the run completes. */
@Dependent
@Named
public class PublishSummary extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private long runId;

    @EJB
    private RunSteps steps;

    @Override
    public String process() {
        steps.publish(runId);
        return "published";
    }
}
