package com.strata.policy.versions;

import jakarta.ejb.ApplicationException;

/** A policy version number that was never stored. */
@ApplicationException(rollback = true)
public class UnknownPolicyVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPolicyVersionException(int version) {
        super("There is no policy version " + version);
    }
}
