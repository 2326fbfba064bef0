package com.strata.runs;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A run request that names something wrong (no mode, a future as-of date, an unknown policy version). */
public class InvalidRunRequestException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidRunRequestException(String problem) {
        super(RefusalKind.INVALID, "INVALID_RUN_REQUEST", problem);
    }
}
