package com.strata.calendar;

import java.time.LocalDate;
import java.util.List;

/** A dated exception of the calendar: a holiday (no periods) or an adjusted working day with its periods. */
public record CalendarDay(LocalDate date, String name, List<WorkingPeriod> periods) {

    public CalendarDay {
        periods = List.copyOf(periods);
    }

    public boolean holiday() {
        return periods.isEmpty();
    }
}
