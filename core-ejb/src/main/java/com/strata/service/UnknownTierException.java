package com.strata.service;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A tier that has no service policy, i.e. is not a tier of the ladder. */
public class UnknownTierException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownTierException(String tier) {
        super(RefusalKind.NOT_FOUND, "TIER_NOT_FOUND", "There is no tier " + tier);
    }
}
