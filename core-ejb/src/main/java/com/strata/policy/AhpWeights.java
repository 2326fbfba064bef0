package com.strata.policy;

import java.util.Arrays;

/**
 * What the AHP makes of a pairwise matrix: the principal-eigenvector weights (summing to 1), the principal eigenvalue,
 * and the consistency index CI = (lambdaMax - n) / (n - 1) and ratio CR = CI / RI.
 */
public record AhpWeights(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

    /** Saaty's limit: judgements with a larger CR are too contradictory to use. */
    public static final double MAX_CONSISTENCY_RATIO = 0.10;

    public AhpWeights {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int criterion) {
        return weights[criterion];
    }

    public boolean isConsistent() {
        return consistencyRatio <= MAX_CONSISTENCY_RATIO;
    }

    /** Returns these weights, or explains why the judgements cannot be used. */
    public AhpWeights requireConsistent() {
        if (!isConsistent()) {
            throw new InconsistentJudgementsException(consistencyRatio);
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AhpWeights that
                && Arrays.equals(weights, that.weights)
                && lambdaMax == that.lambdaMax
                && consistencyRatio == that.consistencyRatio;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(consistencyRatio);
    }

    @Override
    public String toString() {
        return "AhpWeights" + Arrays.toString(weights) + " lambdaMax=" + lambdaMax + " CR=" + consistencyRatio;
    }
}
