package com.strata.imports;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** Only an import that ran as a batch job and did not complete can be restarted. */
public class ImportNotRestartableException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ImportNotRestartableException(long runId, String why) {
        super(RefusalKind.CONFLICT, "IMPORT_NOT_RESTARTABLE", "Import " + runId + " cannot be restarted: " + why);
    }
}
