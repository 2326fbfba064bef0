package com.strata.policy.versions;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** Only drafts can be activated: an active or retired version stays as it is. */
public class PolicyNotActivatableException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PolicyNotActivatableException(int version, PolicyStatus status) {
        super(
                RefusalKind.CONFLICT,
                "POLICY_NOT_ACTIVATABLE",
                "Policy version " + version + " is " + status + "; only a draft can be activated");
    }
}
