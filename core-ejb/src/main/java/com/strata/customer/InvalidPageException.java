package com.strata.customer;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A page of a customer's purchases, interactions or history asked for with values out of range. */
public class InvalidPageException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidPageException(List<String> problems) {
        super(RefusalKind.INVALID, "INVALID_REQUEST", problems.size() + " problem(s) in the request", problems, null);
    }
}
