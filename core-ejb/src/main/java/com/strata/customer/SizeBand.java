package com.strata.customer;

/** How big a company customer is, by headcount band. */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE,
    ENTERPRISE
}
