package com.strata.customer;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** The caller asked for a customer outside their portfolio scope ({@link Portfolios}). */
public class NotInPortfolioException extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotInPortfolioException(String customerCode) {
        super(RefusalKind.FORBIDDEN, "NOT_IN_PORTFOLIO", "Customer " + customerCode + " is not in your portfolio");
    }
}
