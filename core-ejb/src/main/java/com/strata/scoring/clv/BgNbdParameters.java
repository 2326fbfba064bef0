package com.strata.scoring.clv;

/**
 * Fitted BG/NBD parameters (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): purchase rates
 * are gamma(r, alpha) across customers, and after each purchase a customer drops out with a probability that is
 * beta(a, b) across customers. Times are in the unit the model was fitted in.
 *
 * <p>What the model says about a customer with one purchase day (x = 0): a customer can only drop out right after a
 * repeat purchase, so P(alive) is exactly 1 however long ago that purchase was. The model is not blind to them,
 * though: their expected future purchases shrink as T grows, because a long silence points to a low purchase rate.
 * The engine therefore does not read P(alive) = 1 as "safe" (see the churn rules).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        for (double value : new double[] {r, alpha, a, b}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite, got r=" + r
                        + " alpha=" + alpha + " a=" + a + " b=" + b);
            }
        }
        if (!(a + b > 1)) {
            throw new IllegalArgumentException("BG/NBD expectations need a + b > 1, got a=" + a + " b=" + b);
        }
    }

    /** P(alive | x, t_x, T), equation (11) of the paper; 1 for x = 0 by the model's construction. */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logDeathOdds(x, tx, age)));
    }

    /** E[X(t)], the expected number of repeat purchases of a new customer in (0, t], equation (9). */
    public double expectedPurchases(double t) {
        if (NearOne.applies(a)) {
            return NearOne.interpolate(a, shifted -> withA(shifted).expectedPurchases(t));
        }
        double z = t / (alpha + t);
        double h = Hypergeometric.f21(r, b, a + b - 1, z);
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + t), r) * h);
    }

    /** E[Y(t) | x, t_x, T], the expected repeat purchases in the next t of a customer with this history, eq. (10). */
    public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        double[] out = new double[1];
        new ConditionalForecast(this, new double[] {t}).expectedPurchases(x, tx, age, out);
        return out[0];
    }

    BgNbdParameters withA(double shifted) {
        return new BgNbdParameters(r, alpha, shifted, b);
    }

    /** ln of [a / (b + x - 1)] ((alpha + T) / (alpha + t_x))^(r + x): the odds of having dropped out, x > 0. */
    double logDeathOdds(int x, double tx, double age) {
        return Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    }
}
