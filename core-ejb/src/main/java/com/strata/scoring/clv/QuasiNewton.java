package com.strata.scoring.clv;

/**
 * BFGS with an analytic gradient, started with the inverse of a finite-difference Hessian (forward differences of
 * the gradient). From a point already near the optimum, which the fitters get from Nelder-Mead on a sample, it
 * converges in a handful of evaluations of the whole-base likelihood. Converged means the Euclidean norm of the
 * gradient fell below the tolerance.
 *
 * <p>The line search accepts a step on either of two tests. Armijo's sufficient decrease of the value serves while
 * the value can still show the decrease. Near the optimum the decrease a step buys (about |g|² / curvature) falls
 * below the rounding of the value itself, a sum over every customer; Armijo then accepts only steps too small to
 * matter and the search stalls with the gradient still large (the demo base stalled at |g| ≈ 2e-7). So a step is
 * also accepted on Hager and Zhang's approximate Wolfe test, which reads the slope along the step rather than the
 * value: the slope must have risen by a tenth and not overshot to more than 0.8 of its size, while the value may not
 * rise by more than its rounding. When neither test passes, the Hessian is estimated afresh once before giving up.
 */
final class QuasiNewton {

    private static final double DIFFERENCE_STEP = 1e-5;
    private static final double ARMIJO = 1e-4;
    private static final double WOLFE_LOW = 0.9;
    private static final double WOLFE_HIGH = -0.8;
    private static final double VALUE_ROUNDING = 1e-10;
    private static final int MAX_HALVINGS = 40;
    private static final double MIN_STEP = 1e-12;

    private final double gradientTolerance;
    private final int maxIterations;

    QuasiNewton(double gradientTolerance, int maxIterations) {
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
    }

    Optimum minimise(SmoothObjective objective, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double f = objective.value(x, g);
        int evaluations = 1;
        double[][] inverse = invertedHessian(objective, x, g);
        evaluations += n;
        boolean freshHessian = true;
        int iteration = 0;
        while (iteration < maxIterations && norm(g) > gradientTolerance) {
            iteration++;
            double[] direction = times(inverse, g, -1);
            double slope = dot(g, direction);
            if (!(slope < 0)) {
                inverse = identity(n);
                direction = times(inverse, g, -1);
                slope = dot(g, direction);
            }
            double[] xNew = new double[n];
            double[] gNew = new double[n];
            double fNew = Double.NaN;
            double t = 1;
            boolean accepted = false;
            for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
                if (halving > 0) {
                    t /= 2;
                }
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + t * direction[i];
                }
                fNew = objective.value(xNew, gNew);
                evaluations++;
                accepted = Double.isFinite(fNew)
                        && (fNew <= f + ARMIJO * t * slope || approximatelyWolfe(f, fNew, slope, dot(gNew, direction)));
            }
            if (!accepted) {
                if (freshHessian) {
                    break;
                }
                inverse = invertedHessian(objective, x, g);
                evaluations += n;
                freshHessian = true;
                continue;
            }
            freshHessian = false;
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            update(inverse, s, y);
            x = xNew;
            g = gNew;
            f = fNew;
            if (largest(s) < MIN_STEP) {
                break;
            }
        }
        return new Optimum(x, f, iteration, evaluations, norm(g) <= gradientTolerance, norm(g));
    }

    /** The slope along the step rose enough without overshooting, and the value did not rise beyond rounding. */
    private static boolean approximatelyWolfe(double f, double fNew, double slope, double slopeNew) {
        return fNew <= f + VALUE_ROUNDING * Math.abs(f)
                && slopeNew >= WOLFE_LOW * slope
                && slopeNew <= WOLFE_HIGH * slope;
    }

    /** Inverse of the symmetrised finite-difference Hessian, shifted until positive definite. */
    private static double[][] invertedHessian(SmoothObjective objective, double[] x, double[] g) {
        int n = x.length;
        double[][] hessian = new double[n][n];
        double[] shiftedGradient = new double[n];
        for (int j = 0; j < n; j++) {
            double[] shifted = x.clone();
            shifted[j] += DIFFERENCE_STEP;
            objective.value(shifted, shiftedGradient);
            for (int i = 0; i < n; i++) {
                hessian[i][j] = (shiftedGradient[i] - g[i]) / DIFFERENCE_STEP;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (hessian[i][j] + hessian[j][i]) / 2;
                hessian[i][j] = mean;
                hessian[j][i] = mean;
            }
        }
        double shift = 0;
        while (true) {
            double[][] inverse = Cholesky.inverseOrNull(hessian, shift);
            if (inverse != null) {
                return inverse;
            }
            shift = shift == 0 ? 1e-8 : shift * 10;
            if (shift > 1e8) {
                return identity(n);
            }
        }
    }

    /** The BFGS update of the inverse Hessian; skipped when the curvature condition fails. */
    private static void update(double[][] h, double[] s, double[] y) {
        double sy = dot(s, y);
        if (!(sy > 1e-300)) {
            return;
        }
        int n = s.length;
        double[] hy = times(h, y, 1);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
    }

    private static double[] times(double[][] m, double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = factor * sum;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double largest(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}
