package com.strata.runs;

import jakarta.ejb.ApplicationException;

/** A run id that does not exist. */
@ApplicationException(rollback = true)
public class UnknownRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownRunException(long runId) {
        super("There is no run " + runId);
    }
}
