package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step aggregate: the database computes the run's input in one pass. */
@Dependent
@Named
public class AggregateCustomers extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private long runId;

    @EJB
    private RunSteps steps;

    @Override
    public String process() {
        return "customers=" + steps.snapshot(runId);
    }
}
