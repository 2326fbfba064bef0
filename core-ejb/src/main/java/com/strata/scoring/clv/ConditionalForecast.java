package com.strata.scoring.clv;

/**
 * E[Y(t) | x, t_x, T] for several horizons t at once (equation 10 of Fader, Hardie and Lee 2005):
 * <pre>
 *   E = (a + b + x - 1) / (a - 1) * [1 - (1 - z)^(r + x) 2F1(r + x, b + x; a + b + x - 1; z)]
 *       / [1 + (x > 0) * a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)],   z = t / (alpha + T + t)
 * </pre>
 * The bracket is evaluated through Euler's transformation,
 * (1 - z)^(r + x) 2F1(r + x, b + x; c; z) = (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; c; z) with c = a + b + x - 1,
 * an identity for |z| < 1. The transformed series stays of order 1 and its terms fall like j^(a - r - x - 2) z^j,
 * so it needs few terms even for heavy buyers or z near 1, where the original grows like (1 - z)^-(r + x) and needs
 * hundreds.
 *
 * <p>Holds scratch arrays, so an instance is reused by one thread at a time.
 */
final class ConditionalForecast {

    private final BgNbdParameters parameters;
    private final double[] horizons;
    private final double[] z;
    private final double[] series;
    private final HypergeometricSeries hypergeometric;
    private final ConditionalForecast below;
    private final ConditionalForecast above;

    ConditionalForecast(BgNbdParameters parameters, double[] horizons) {
        this.parameters = parameters;
        this.horizons = horizons.clone();
        this.z = new double[horizons.length];
        this.series = new double[horizons.length];
        this.hypergeometric = new HypergeometricSeries(horizons.length);
        boolean nearOne = NearOne.applies(parameters.a());
        this.below = nearOne ? new ConditionalForecast(parameters.withA(1 - NearOne.HALF_WIDTH), horizons) : null;
        this.above = nearOne ? new ConditionalForecast(parameters.withA(1 + NearOne.HALF_WIDTH), horizons) : null;
    }

    /** Writes the expected repeat purchases within each horizon to {@code out}. */
    void expectedPurchases(int x, double tx, double age, double[] out) {
        if (below != null) {
            interpolateNearOne(x, tx, age, out);
            return;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double c = a + b + x - 1;
        for (int k = 0; k < horizons.length; k++) {
            z[k] = horizons[k] / (alpha + age + horizons[k]);
        }
        hypergeometric.f21(a + b - 1 - r, a - 1, c, z, series);
        double logAge = Math.log(alpha + age);
        double lead = c / (a - 1);
        double denominator = x > 0 ? 1 + Math.exp(parameters.logDeathOdds(x, tx, age)) : 1;
        for (int k = 0; k < horizons.length; k++) {
            double oneMinusZPower = Math.exp((a - 1) * (logAge - Math.log(alpha + age + horizons[k])));
            out[k] = lead * (1 - oneMinusZPower * series[k]) / denominator;
        }
    }

    private void interpolateNearOne(int x, double tx, double age, double[] out) {
        double[] high = new double[horizons.length];
        below.expectedPurchases(x, tx, age, out);
        above.expectedPurchases(x, tx, age, high);
        double fraction = (parameters.a() - (1 - NearOne.HALF_WIDTH)) / (2 * NearOne.HALF_WIDTH);
        for (int k = 0; k < horizons.length; k++) {
            out[k] += (high[k] - out[k]) * fraction;
        }
    }
}
