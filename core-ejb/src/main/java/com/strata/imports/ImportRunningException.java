package com.strata.imports;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** Another import of the same kind is being stored right now; this one was not started. */
public class ImportRunningException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ImportRunningException(ImportKind kind) {
        super(
                RefusalKind.CONFLICT,
                "IMPORT_RUNNING",
                "Another " + kind.path() + " import is being stored right now; nothing of this file was stored. Import"
                        + " it again when that one has finished");
    }
}
