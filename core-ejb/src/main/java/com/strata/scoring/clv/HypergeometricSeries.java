package com.strata.scoring.clv;

/**
 * The Gauss hypergeometric 2F1(a, b; c; z[k]) for several z at once, with c > 0 and 0 <= z < 1; a and b may be
 * negative (as in the Euler-transformed form the forecasts use), so terms may change sign. The series ratio
 * (a + j)(b + j) / ((c + j)(j + 1)) is shared by all z, so one pass serves every point of a horizon. It stops once
 * every point's latest term is below 1e-15 of its sum while the terms are shrinking, or when the series terminates.
 *
 * <p>Holds scratch arrays, so an instance is reused by one thread at a time.
 */
final class HypergeometricSeries {

    private static final double RELATIVE_TOLERANCE = 1e-15;
    private static final int MAX_TERMS = 5_000_000;

    private final double[] term;

    HypergeometricSeries(int points) {
        term = new double[points];
    }

    /** Writes 2F1(a, b; c; z[k]) to {@code out[k]} for every point. */
    void f21(double a, double b, double c, double[] z, double[] out) {
        double[] term = this.term;
        int n = term.length;
        double zMax = 0;
        for (int k = 0; k < n; k++) {
            term[k] = 1;
            out[k] = 1;
            zMax = Math.max(zMax, z[k]);
        }
        for (int j = 0; j < MAX_TERMS; j++) {
            double ratio = (a + j) * (b + j) / ((c + j) * (j + 1));
            boolean done = Math.abs(ratio) * zMax < 1;
            for (int k = 0; k < n; k++) {
                double t = term[k] * ratio * z[k];
                term[k] = t;
                out[k] += t;
                done &= Math.abs(t) <= RELATIVE_TOLERANCE * Math.abs(out[k]);
            }
            if (done) {
                return;
            }
        }
        throw new ArithmeticException("2F1 series did not converge for z = " + zMax);
    }
}
