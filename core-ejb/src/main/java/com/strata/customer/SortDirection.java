package com.strata.customer;

/** Ascending or descending, as the REST parameter {@code dir} spells it. */
public enum SortDirection {
    ASC,
    DESC
}
