package com.strata.imports;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No recorded import has this id. */
public class UnknownImportException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownImportException(long runId) {
        super(RefusalKind.NOT_FOUND, "IMPORT_NOT_FOUND", "No import " + runId);
    }
}
