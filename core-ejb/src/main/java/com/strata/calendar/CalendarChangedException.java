package com.strata.calendar;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;

/** The change was made on an older version of the calendar; saving it would undo someone else's change. */
public class CalendarChangedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public CalendarChangedException(int sent, int current, String changedBy) {
        super(
                RefusalKind.CONFLICT,
                "SERVICE_CALENDAR_CHANGED",
                "The service calendar was changed by " + changedBy + " (version " + current + ") after you opened "
                        + "version " + sent + "; reload it and make your change again");
    }
}
