package com.strata.customer;

/** A person or a company we sell to. */
public enum CustomerKind {
    PERSON,
    COMPANY
}
