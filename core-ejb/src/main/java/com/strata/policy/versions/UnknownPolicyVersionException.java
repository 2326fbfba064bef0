package com.strata.policy.versions;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A policy version number that was never stored. */
public class UnknownPolicyVersionException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownPolicyVersionException(int version) {
        super(RefusalKind.NOT_FOUND, "POLICY_NOT_FOUND", "There is no policy version " + version);
    }
}
