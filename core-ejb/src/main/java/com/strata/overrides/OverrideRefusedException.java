package com.strata.overrides;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A step the override's state does not allow now: approving a decided request, ending an expired override, ... */
public class OverrideRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public OverrideRefusedException(String reason) {
        super(RefusalKind.CONFLICT, "OVERRIDE_REFUSED", reason);
    }
}
