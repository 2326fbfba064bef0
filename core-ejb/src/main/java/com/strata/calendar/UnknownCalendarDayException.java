package com.strata.calendar;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import java.time.LocalDate;

/** No exception is stored for the date given. */
public class UnknownCalendarDayException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownCalendarDayException(LocalDate date) {
        super(RefusalKind.NOT_FOUND, "NO_SUCH_CALENDAR_DAY", "The service calendar has no exception on " + date);
    }
}
