package com.strata.overrides;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No override with this id. */
public class OverrideNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    public OverrideNotFoundException(long id) {
        super(RefusalKind.NOT_FOUND, "OVERRIDE_NOT_FOUND", "There is no override " + id);
    }
}
