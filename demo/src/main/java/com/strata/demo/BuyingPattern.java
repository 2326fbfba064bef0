package com.strata.demo;

/**
 * How a customer buys over their life, with its share of the base and its purchase rate relative to an ordinary
 * repeat buyer. The engine is expected to find these again: champions among the loyal, at-risk and churned among
 * those who stopped, new among the newcomers.
 */
enum BuyingPattern {
    /** Buys often and is still buying. */
    LOYAL(0.12, 2.0),
    /** Buys now and then and is still buying. */
    REGULAR(0.38, 1.0),
    /** Bought once and never again. */
    ONE_OFF(0.20, 0.0),
    /** Bought for a while, then stopped at least three months before the as-of date. */
    CHURNED(0.22, 1.2),
    /** First seen in the last three months. */
    NEWCOMER(0.08, 1.5);

    private static final Weighted<BuyingPattern> MIX = new Weighted<>();

    static {
        for (BuyingPattern pattern : values()) {
            MIX.add(pattern, pattern.share);
        }
    }

    private final double share;
    private final double relativeRate;

    BuyingPattern(double share, double relativeRate) {
        this.share = share;
        this.relativeRate = relativeRate;
    }

    static BuyingPattern draw(DemoRandom random) {
        return MIX.pick(random);
    }

    double relativeRate() {
        return relativeRate;
    }
}
