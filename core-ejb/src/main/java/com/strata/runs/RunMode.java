package com.strata.runs;

/** APPLY changes customers' tiers; PREVIEW computes the same run and changes nothing live. */
public enum RunMode {
    APPLY,
    PREVIEW
}
