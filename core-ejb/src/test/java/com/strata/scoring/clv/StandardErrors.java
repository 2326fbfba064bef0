package com.strata.scoring.clv;

import java.util.function.ToDoubleFunction;

/**
 * Asymptotic standard errors of maximum-likelihood estimates on the log scale: the square roots of the diagonal of
 * the inverse observed information, by central differences of the total negative log-likelihood.
 */
final class StandardErrors {

    private static final double STEP = 1e-3;

    private StandardErrors() {}

    static double[] ofLogParameters(ToDoubleFunction<double[]> negativeLogLikelihood, double[] optimum) {
        int n = optimum.length;
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hessian[i][j] = (at(negativeLogLikelihood, optimum, i, STEP, j, STEP)
                                - at(negativeLogLikelihood, optimum, i, STEP, j, -STEP)
                                - at(negativeLogLikelihood, optimum, i, -STEP, j, STEP)
                                + at(negativeLogLikelihood, optimum, i, -STEP, j, -STEP))
                        / (4 * STEP * STEP);
            }
        }
        double[][] covariance = inverse(hessian);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.sqrt(covariance[i][i]);
        }
        return errors;
    }

    private static double at(ToDoubleFunction<double[]> f, double[] point, int i, double di, int j, double dj) {
        double[] shifted = point.clone();
        shifted[i] += di;
        shifted[j] += dj;
        return f.applyAsDouble(shifted);
    }

    /** Gauss-Jordan with partial pivoting; the information matrix is small and positive definite. */
    private static double[][] inverse(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double scale = a[col][col];
            for (int k = 0; k < 2 * n; k++) {
                a[col][k] /= scale;
            }
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = a[row][col];
                    for (int k = 0; k < 2 * n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inverse[i], 0, n);
        }
        return inverse;
    }
}
