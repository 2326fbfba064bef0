package com.strata.batch.reclassify;

import com.strata.runs.RunSteps;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The steps that are one call each, named by the batch property {@code step}: aggregate (the database computes the
 * run's input in one pass), fit (quantiles, BG/NBD and Gamma-Gamma fits, value-index normalisation on the whole
 * snapshot) and publish (for APPLY the score table vacuumed and the live tiers changed, then the summary; the run
 * completes).
 */
@Dependent
@Named
public class ReclassifyBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String step;

    @Inject
    private ReclassifiedRun run;

    @EJB
    private RunSteps steps;

    @Override
    public String process() {
        long runId = run.id();
        return switch (step) {
            case "aggregate" -> "customers=" + steps.snapshot(runId);
            case "fit" -> {
                steps.fit(runId);
                yield "fitted";
            }
            case "publish" -> {
                steps.tidyScores(runId);
                steps.publish(runId);
                yield "published";
            }
            default -> throw new IllegalArgumentException("The reclassify job has no one-call step " + step);
        };
    }
}
