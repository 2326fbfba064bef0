package com.strata.tickets.performance;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A period that cannot be reported: missing ends, the end before the start, or longer than a year. */
public class InvalidPeriodException extends Refusal {

    private static final long serialVersionUID = 1L;

    InvalidPeriodException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_PERIOD",
                "The period cannot be reported: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
