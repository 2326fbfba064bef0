package com.strata.policy.versions;

import jakarta.ejb.ApplicationException;

/** Only drafts can be activated: an active or retired version stays as it is. */
@ApplicationException(rollback = true)
public class PolicyNotActivatableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyNotActivatableException(int version, PolicyStatus status) {
        super("Policy version " + version + " is " + status + "; only a draft can be activated");
    }
}
