package com.strata.runs;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A run that may not start or restart now, with the reason in words for the user. */
public class RunRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public RunRefusedException(String reason) {
        super(RefusalKind.CONFLICT, "RUN_REFUSED", reason);
    }
}
