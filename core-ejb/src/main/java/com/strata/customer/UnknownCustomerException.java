package com.strata.customer;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** A customer code that no customer has. */
public class UnknownCustomerException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownCustomerException(String code) {
        super(RefusalKind.NOT_FOUND, "CUSTOMER_NOT_FOUND", "There is no customer " + code);
    }
}
