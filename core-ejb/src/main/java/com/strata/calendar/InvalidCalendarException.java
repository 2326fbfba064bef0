package com.strata.calendar;

import com.strata.refusal.Problem;
import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.util.List;

/** A service calendar change that breaks the rules; the details list every problem, each naming its field. */
public class InvalidCalendarException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidCalendarException(List<Problem> problems) {
        super(
                RefusalKind.INVALID,
                "INVALID_SERVICE_CALENDAR",
                "The service calendar was not changed: " + String.join("; ", Problem.sentences(problems)),
                problems);
    }
}
