package com.strata.scoring.clv;

/**
 * ln 2F1(a, b; c; z[k]) for several z at once, for a, b, c positive and 0 <= z < 1. The series ratio
 * (a + j)(b + j) / ((c + j)(j + 1)) is shared by all z, so one pass serves a whole horizon. Each z keeps its own
 * running term and sum, rescaled when large: for a customer with hundreds of repeat purchases 2F1 can exceed the
 * range of a double, while its logarithm, all the BG/NBD formulas need, cannot.
 *
 * <p>Holds scratch arrays, so an instance is reused by one thread at a time.
 */
final class HypergeometricSeries {

    private static final double RELATIVE_TOLERANCE = 1e-16;
    private static final int MAX_TERMS = 5_000_000;
    private static final double RESCALE_ABOVE = 1e280;
    private static final double RESCALE_BY = 1e-280;
    private static final double LOG_RESCALE = Math.log(1e280);

    private final double[] term;
    private final double[] sum;
    private final double[] logScale;

    HypergeometricSeries(int points) {
        term = new double[points];
        sum = new double[points];
        logScale = new double[points];
    }

    /** Writes ln 2F1(a, b; c; z[k]) to {@code out[k]} for every point. */
    void logF21(double a, double b, double c, double[] z, double[] out) {
        int n = term.length;
        double zMax = 0;
        for (int k = 0; k < n; k++) {
            term[k] = 1;
            sum[k] = 1;
            logScale[k] = 0;
            zMax = Math.max(zMax, z[k]);
        }
        for (int j = 0; j < MAX_TERMS; j++) {
            double ratio = (a + j) * (b + j) / ((c + j) * (j + 1));
            boolean done = ratio * zMax < 1;
            for (int k = 0; k < n; k++) {
                double t = term[k] * ratio * z[k];
                double s = sum[k] + t;
                if (s > RESCALE_ABOVE) {
                    t *= RESCALE_BY;
                    s *= RESCALE_BY;
                    logScale[k] += LOG_RESCALE;
                }
                term[k] = t;
                sum[k] = s;
                done &= t <= RELATIVE_TOLERANCE * s;
            }
            if (done) {
                for (int k = 0; k < n; k++) {
                    out[k] = Math.log(sum[k]) + logScale[k];
                }
                return;
            }
        }
        throw new ArithmeticException("2F1 series did not converge for z = " + zMax);
    }
}
