package com.strata.scoring.clv;

/** Where a minimisation ended: the point, the objective there, and whether the stopping tolerances were met. */
public record Optimum(double[] point, double value, int iterations, int evaluations, boolean converged) {

    public Optimum {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
