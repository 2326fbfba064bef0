package com.strata.runs;

import jakarta.ejb.ApplicationException;

/** A run request that names something wrong (no mode, a future as-of date, an unknown policy version). */
@ApplicationException(rollback = true)
public class InvalidRunRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRunRequestException(String problem) {
        super(problem);
    }
}
