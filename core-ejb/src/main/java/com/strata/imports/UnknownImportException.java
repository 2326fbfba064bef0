package com.strata.imports;

import jakarta.ejb.ApplicationException;

/** No recorded import has this id. */
@ApplicationException
public class UnknownImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownImportException(long runId) {
        super("No import " + runId);
    }
}
