package com.strata.scoring;

/**
 * Net spend in the last {@link com.strata.policy.Window#trendMonths} months up to the as-of date and in the same
 * number of months before that; their ratio is the customer's growth trend.
 */
public record SpendTrend(double recent, double previous) {

    public static SpendTrend none() {
        return new SpendTrend(0, 0);
    }

    /**
     * Relative change (recent - previous) / previous. Spend from nothing counts as +100%; no spend in either period
     * as 0.
     */
    public double growth() {
        if (previous > 0) {
            return (recent - previous) / previous;
        }
        return recent > 0 ? 1.0 : 0.0;
    }

    /** Fraction by which spend fell, 0 when it did not. */
    public double drop() {
        return previous > 0 ? Math.min(1, Math.max(0, (previous - recent) / previous)) : 0;
    }
}
