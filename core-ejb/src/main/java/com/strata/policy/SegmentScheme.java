package com.strata.policy;

/** Which segment map turns RFM scores into a segment (README, RFM scores and segments). */
public enum SegmentScheme {
    /** Ten segments on the R and F scores (Champions, Loyal, ..., Hibernating). */
    RF_GRID,
    /** Eight classes from R, F and M each being high or low against the base mean (重要价值客户 ...). */
    RFM_HIGH_LOW
}
