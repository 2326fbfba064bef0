package com.strata.customer;

/** Inactive customers stay in history but are no longer worked. */
public enum CustomerStatus {
    ACTIVE,
    INACTIVE
}
