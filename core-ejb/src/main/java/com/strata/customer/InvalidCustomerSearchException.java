package com.strata.customer;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A customer search with values the search does not take; each detail names the parameter and the value. */
public class InvalidCustomerSearchException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidCustomerSearchException(List<String> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_REQUEST",
                problems.size() + " problem(s) in the customer search",
                problems,
                null);
    }
}
