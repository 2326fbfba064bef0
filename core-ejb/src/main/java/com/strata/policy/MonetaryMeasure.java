package com.strata.policy;

/** What the M of RFM measures inside the window; returns (negative amounts) always reduce it. */
public enum MonetaryMeasure {
    /** Net amount spent in the window. */
    SUM,
    /** Net amount divided by the number of purchases in the window (0 without purchases). */
    MEAN
}
