package com.strata.scoring.clv;

/**
 * Where a minimisation ended: the point, the objective there, and whether the stopping tolerances were met.
 *
 * @param gradientNorm Euclidean norm of the objective's gradient at the point; NaN for a method that uses none
 */
public record Optimum(
        double[] point, double value, int iterations, int evaluations, boolean converged, double gradientNorm) {

    public Optimum {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }
}
