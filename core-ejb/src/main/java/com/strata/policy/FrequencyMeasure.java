package com.strata.policy;

/** What the F of RFM counts inside the window. */
public enum FrequencyMeasure {
    /** Every purchase line with an amount of zero or more (free items count); returns are not purchases. */
    PURCHASES,
    /** Days with at least one purchase, so a basket split into several orders counts once. */
    DISTINCT_DAYS
}
