package com.strata.audience;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No audience or export of that id the caller may see (another user's private audience reads as missing). */
public class UnknownAudienceException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownAudienceException(String what) {
        super(RefusalKind.NOT_FOUND, "AUDIENCE_NOT_FOUND", what + " does not exist or is not yours");
    }
}
