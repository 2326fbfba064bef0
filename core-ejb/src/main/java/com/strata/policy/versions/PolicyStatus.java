package com.strata.policy.versions;

/** A draft can be activated; the active version is the one runs use by default; retired versions stay readable. */
public enum PolicyStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
