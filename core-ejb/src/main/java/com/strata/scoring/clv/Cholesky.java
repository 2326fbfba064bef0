package com.strata.scoring.clv;

/** Inverse of a small symmetric matrix through its Cholesky factor, or null when it is not positive definite. */
final class Cholesky {

    private Cholesky() {}

    /** The inverse of (a + shift I), or null if that matrix is not positive definite. */
    static double[][] inverseOrNull(double[][] a, double shift) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j] + (i == j ? shift : 0);
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int column = 0; column < n; column++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = i == column ? 1 : 0;
                for (int k = 0; k < i; k++) {
                    sum -= l[i][k] * y[k];
                }
                y[i] = sum / l[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k][i] * inverse[k][column];
                }
                inverse[i][column] = sum / l[i][i];
            }
        }
        return inverse;
    }
}
