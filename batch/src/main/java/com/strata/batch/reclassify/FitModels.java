package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step fit: quantiles, BG/NBD and Gamma-Gamma fits, value-index normalisation, on the whole snapshot. */
@Dependent
@Named
public class FitModels extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private long runId;

    @EJB
    private RunSteps steps;

    @Override
    public String process() {
        steps.fit(runId);
        return "fitted";
    }
}
