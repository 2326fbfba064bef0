package com.strata.scoring.clv;

import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation by the Nelder-Mead simplex (standard coefficients: reflection 1, expansion 2,
 * contraction 1/2, shrink 1/2). It stops when the simplex's objective values lie within {@code valueTolerance} of
 * each other and its vertices within {@code pointTolerance} of the best in every coordinate. A non-finite objective
 * counts as +infinity, so the simplex simply moves away from invalid regions.
 */
public final class NelderMead {

    private final double valueTolerance;
    private final double pointTolerance;
    private final int maxIterations;

    public NelderMead(double valueTolerance, double pointTolerance, int maxIterations) {
        this.valueTolerance = valueTolerance;
        this.pointTolerance = pointTolerance;
        this.maxIterations = maxIterations;
    }

    public Optimum minimise(ToDoubleFunction<double[]> objective, double[] start, double step) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        int evaluations = 0;
        for (int i = 0; i <= n; i++) {
            simplex[i] = start.clone();
            if (i > 0) {
                simplex[i][i - 1] += step;
            }
            values[i] = evaluate(objective, simplex[i]);
            evaluations++;
        }
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations) {
            sort(simplex, values);
            if (hasConverged(simplex, values)) {
                converged = true;
                break;
            }
            iteration++;
            double[] centroid = centroid(simplex, n);
            double[] worst = simplex[n];
            double[] reflected = along(centroid, worst, -1);
            double reflectedValue = evaluate(objective, reflected);
            evaluations++;
            if (reflectedValue < values[0]) {
                double[] expanded = along(centroid, worst, -2);
                double expandedValue = evaluate(objective, expanded);
                evaluations++;
                boolean expandedWins = expandedValue < reflectedValue;
                replaceWorst(
                        simplex,
                        values,
                        expandedWins ? expanded : reflected,
                        expandedWins ? expandedValue : reflectedValue);
            } else if (reflectedValue < values[n - 1]) {
                replaceWorst(simplex, values, reflected, reflectedValue);
            } else {
                boolean outside = reflectedValue < values[n];
                double[] contracted = outside ? along(centroid, worst, -0.5) : along(centroid, worst, 0.5);
                double contractedValue = evaluate(objective, contracted);
                evaluations++;
                if (contractedValue < Math.min(reflectedValue, values[n])) {
                    replaceWorst(simplex, values, contracted, contractedValue);
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = along(simplex[0], simplex[i], 0.5);
                        values[i] = evaluate(objective, simplex[i]);
                        evaluations++;
                    }
                }
            }
        }
        sort(simplex, values);
        return new Optimum(simplex[0], values[0], iteration, evaluations, converged, Double.NaN);
    }

    private boolean hasConverged(double[][] simplex, double[] values) {
        if (values[values.length - 1] - values[0] > valueTolerance) {
            return false;
        }
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < simplex[0].length; j++) {
                if (Math.abs(simplex[i][j] - simplex[0][j]) > pointTolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double evaluate(ToDoubleFunction<double[]> objective, double[] point) {
        double value = objective.applyAsDouble(point);
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }

    /** centroid + factor * (point - centroid). */
    private static double[] along(double[] centroid, double[] point, double factor) {
        double[] out = new double[centroid.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = centroid[j] + factor * (point[j] - centroid[j]);
        }
        return out;
    }

    private static double[] centroid(double[][] simplex, int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[j] += simplex[i][j] / n;
            }
        }
        return c;
    }

    private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
        simplex[simplex.length - 1] = point;
        values[values.length - 1] = value;
    }

    /** Insertion sort by value; stable, so equal values keep their order and runs stay deterministic. */
    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            double value = values[i];
            double[] point = simplex[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                simplex[j + 1] = simplex[j];
                j--;
            }
            values[j + 1] = value;
            simplex[j + 1] = point;
        }
    }
}
