package com.strata.scoring.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for the arguments the BG/NBD formulas use:
 * a, b, c positive and 0 <= z < 1. Every term is then positive, so the sum has no cancellation; it stops once a term
 * is below 1e-16 of the sum while the terms are shrinking.
 */
public final class Hypergeometric {

    private static final double RELATIVE_TOLERANCE = 1e-16;
    private static final int MAX_TERMS = 5_000_000;

    private Hypergeometric() {}

    public static double f21(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
            throw new IllegalArgumentException(
                    "2F1 series needs a, b, c > 0 and 0 <= z < 1, got " + a + ", " + b + ", " + c + ", " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (term <= RELATIVE_TOLERANCE * sum && ratio < 1) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1 series did not converge for z = " + z);
    }
}
