package com.strata.security;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A well-formed user change the current state does not allow, such as an administrator deactivating themselves. */
public class UserRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UserRefusedException(String message) {
        super(RefusalKind.CONFLICT, "USER_REFUSED", message);
    }
}
