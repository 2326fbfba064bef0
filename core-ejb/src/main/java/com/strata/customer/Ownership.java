package com.strata.customer;

/** Who owns a company customer; state-owned customers follow their own procurement rules. */
public enum Ownership {
    STATE_OWNED,
    PRIVATE,
    FOREIGN,
    OTHER
}
