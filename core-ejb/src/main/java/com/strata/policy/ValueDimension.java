package com.strata.policy;

/** The three parts of the value index, in the order of the AHP matrix's rows. */
public enum ValueDimension {
    CURRENT,
    POTENTIAL,
    RELATIONSHIP
}
