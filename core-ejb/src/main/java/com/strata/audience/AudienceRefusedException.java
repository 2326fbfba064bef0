package com.strata.audience;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** The caller may read the audience or export but not change or download it: it is someone else's. */
public class AudienceRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public AudienceRefusedException(String message) {
        super(RefusalKind.FORBIDDEN, "NOT_YOUR_AUDIENCE", message);
    }
}
