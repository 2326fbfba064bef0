package com.strata.security;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No token of the caller's with this id (another user's tokens are not even named). */
public class UnknownTokenException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownTokenException(long id) {
        super(RefusalKind.NOT_FOUND, "TOKEN_NOT_FOUND", "You have no API token with id " + id + ".");
    }
}
