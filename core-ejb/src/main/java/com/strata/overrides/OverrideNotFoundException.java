package com.strata.overrides;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** No override with this id, or no customer with this code. */
public class OverrideNotFoundException extends Refusal {

    private static final long serialVersionUID = 1L;

    private OverrideNotFoundException(String code, String message) {
        super(RefusalKind.NOT_FOUND, code, message);
    }

    public static OverrideNotFoundException override(long id) {
        return new OverrideNotFoundException("OVERRIDE_NOT_FOUND", "There is no override " + id);
    }

    public static OverrideNotFoundException customer(String code) {
        return new OverrideNotFoundException("CUSTOMER_NOT_FOUND", "There is no customer " + code);
    }
}
