package com.strata.runs;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A run id that does not exist. */
public class UnknownRunException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownRunException(long runId) {
        super(RefusalKind.NOT_FOUND, "RUN_NOT_FOUND", "There is no run " + runId);
    }
}
