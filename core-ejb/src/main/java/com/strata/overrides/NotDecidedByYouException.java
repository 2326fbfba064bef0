package com.strata.overrides;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/**
 * A decision by someone who does not decide for the customer's account manager: a supervisor of another team. A
 * refusal rather than an {@code EJBAccessException}, so it stays a 403 when another service calls this one.
 */
public class NotDecidedByYouException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotDecidedByYouException(String customerCode) {
        super(
                RefusalKind.FORBIDDEN,
                "NOT_YOUR_TEAM",
                "Overrides for " + customerCode
                        + " are decided by the supervisor of its account manager or an administrator");
    }
}
