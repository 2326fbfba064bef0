package com.strata.imports;

import jakarta.ejb.ApplicationException;

/** The import could not finish (the database or the upload failed); nothing of it was stored. */
@ApplicationException(rollback = true)
public class ImportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
