package com.strata.imports;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** The import could not finish (the database or the upload failed); nothing of it was stored. */
public class ImportFailedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ImportFailedException(String message, Throwable cause) {
        super(RefusalKind.FAILED, "IMPORT_FAILED", message, List.of(), cause);
    }
}
