package com.strata.audience;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** An audience request with values it does not take; each detail names the parameter and the value. */
public class InvalidAudienceException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidAudienceException(List<String> problems) {
        super(RefusalKind.INVALID, "INVALID_REQUEST", problems.size() + " problem(s) in the audience", problems, null);
    }
}
