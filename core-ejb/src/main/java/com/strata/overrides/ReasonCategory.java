package com.strata.overrides;

/** Why an account manager asks for an override; the text of the request says more. */
public enum ReasonCategory {
    /** A strategic or reference account worth more than its figures show. */
    STRATEGIC,
    /** Keeping a customer who is about to leave. */
    RETENTION,
    /** A contract promises the customer a tier. */
    CONTRACT,
    /** Held low while payments are overdue. */
    CREDIT_HOLD,
    /** The data misrepresents the customer (missing purchases, a merged account). */
    DATA_ISSUE,
    OTHER
}
