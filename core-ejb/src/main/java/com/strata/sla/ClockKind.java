package com.strata.sla;

/** Which promise a clock measures: the first answer to the customer, or the resolution of the ticket. */
public enum ClockKind {
    FIRST_RESPONSE,
    RESOLUTION
}
