package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

/**
 * Checks that a point maximises a mean log-likelihood without trusting the optimiser or the analytic gradient: the
 * gradient by Richardson-extrapolated central differences of the likelihood's values, and a profile of the
 * likelihood along each log-parameter on both sides.
 */
final class IndependentOptimality {

    /** A step large enough that rounding of the values (about 1e-15 relative) costs under 1e-11 in the slope. */
    private static final double STEP = 1e-3;

    private static final double[] PROFILE_STEPS = {1e-4, 1e-3, 1e-2, 1e-1};

    private IndependentOptimality() {}

    /**
     * Asserts the numerical gradient's norm is at most {@code tolerance} and no profile point lies higher than the
     * optimum by more than the values' rounding.
     */
    static void assertMaximum(ToDoubleFunction<double[]> meanLogLikelihood, double[] optimum, double tolerance) {
        double norm = Math.sqrt(squaredNorm(gradient(meanLogLikelihood, optimum)));
        assertTrue(norm <= tolerance, "numerical gradient norm " + norm + " above " + tolerance);
        double top = meanLogLikelihood.applyAsDouble(optimum);
        double rounding = 1e-13 * Math.abs(top);
        for (int i = 0; i < optimum.length; i++) {
            for (double step : PROFILE_STEPS) {
                for (double signed : new double[] {step, -step}) {
                    double value = meanLogLikelihood.applyAsDouble(shifted(optimum, i, signed));
                    assertTrue(
                            value <= top + rounding,
                            "log-parameter " + i + " moved by " + signed + " raises the likelihood by "
                                    + (value - top));
                }
            }
        }
    }

    static double[] gradient(ToDoubleFunction<double[]> f, double[] point) {
        double[] gradient = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            double coarse = centralDifference(f, point, i, STEP);
            double fine = centralDifference(f, point, i, STEP / 2);
            gradient[i] = (4 * fine - coarse) / 3;
        }
        return gradient;
    }

    private static double centralDifference(ToDoubleFunction<double[]> f, double[] point, int i, double h) {
        return (f.applyAsDouble(shifted(point, i, h)) - f.applyAsDouble(shifted(point, i, -h))) / (2 * h);
    }

    private static double[] shifted(double[] point, int i, double by) {
        double[] out = point.clone();
        out[i] += by;
        return out;
    }

    private static double squaredNorm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return sum;
    }
}
