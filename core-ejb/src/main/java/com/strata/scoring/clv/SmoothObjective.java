package com.strata.scoring.clv;

/** A function to minimise that also gives its gradient. */
@FunctionalInterface
interface SmoothObjective {

    /** The value at {@code point}, with the gradient written to {@code gradient}. */
    double value(double[] point, double[] gradient);
}
