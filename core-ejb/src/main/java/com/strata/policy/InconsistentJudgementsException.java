package com.strata.policy;

import java.util.Locale;

/** An AHP pairwise matrix whose consistency ratio exceeds 0.10, so it cannot become part of a policy. */
public class InconsistentJudgementsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final double consistencyRatio;

    public InconsistentJudgementsException(double consistencyRatio) {
        super(String.format(
                Locale.ROOT,
                "the pairwise matrix has consistency ratio CR = %.3f, above the limit %.2f; "
                        + "revise the judgements that contradict each other (if A > B and B > C, A should exceed C "
                        + "by about the product)",
                consistencyRatio,
                AhpWeights.MAX_CONSISTENCY_RATIO));
        this.consistencyRatio = consistencyRatio;
    }

    public double consistencyRatio() {
        return consistencyRatio;
    }
}
