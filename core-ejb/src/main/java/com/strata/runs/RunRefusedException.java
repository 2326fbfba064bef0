package com.strata.runs;

import jakarta.ejb.ApplicationException;

/** A run that may not start or restart now, with the reason in words for the user. */
@ApplicationException(rollback = true)
public class RunRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunRefusedException(String reason) {
        super(reason);
    }
}
