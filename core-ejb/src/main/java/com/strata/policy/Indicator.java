package com.strata.policy;

/**
 * One measured input to a value dimension. Each is turned into a percentile of the base before weighting, so units
 * never matter; for {@link #COMPLAINTS} fewer is better.
 */
public enum Indicator {
    WINDOW_REVENUE(ValueDimension.CURRENT, true),
    WINDOW_MARGIN(ValueDimension.CURRENT, true),
    FREQUENCY(ValueDimension.CURRENT, true),
    PREDICTED_CLV(ValueDimension.POTENTIAL, true),
    SPEND_GROWTH(ValueDimension.POTENTIAL, true),
    TENURE(ValueDimension.RELATIONSHIP, true),
    REFERRALS(ValueDimension.RELATIONSHIP, true),
    CSAT(ValueDimension.RELATIONSHIP, true),
    NPS(ValueDimension.RELATIONSHIP, true),
    COMPLAINTS(ValueDimension.RELATIONSHIP, false),
    ENGAGEMENT(ValueDimension.RELATIONSHIP, true);

    private final ValueDimension dimension;
    private final boolean higherIsBetter;

    Indicator(ValueDimension dimension, boolean higherIsBetter) {
        this.dimension = dimension;
        this.higherIsBetter = higherIsBetter;
    }

    public ValueDimension dimension() {
        return dimension;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
