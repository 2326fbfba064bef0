package com.strata.security;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No user of that name. */
public class UnknownUserException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownUserException(String username) {
        super(RefusalKind.NOT_FOUND, "USER_NOT_FOUND", "There is no user \"" + username + "\".");
    }
}
