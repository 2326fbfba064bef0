package com.strata.policy.versions;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;

/** The cost of a change is read from a completed preview run only. */
public class PreviewNotReadyException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PreviewNotReadyException(long runId, RunMode mode, RunStatus status) {
        super(
                RefusalKind.CONFLICT,
                "PREVIEW_NOT_READY",
                "Run " + runId + " is a " + status + " " + mode + " run; the cost of a change is read from a completed"
                        + " PREVIEW run");
    }
}
