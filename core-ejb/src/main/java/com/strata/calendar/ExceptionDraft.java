package com.strata.calendar;

import java.util.List;

/**
 * A dated exception as a caller writes it: the date ({@code "2026-10-01"}), a name, and the periods worked that day;
 * no periods make it a holiday.
 */
public record ExceptionDraft(String date, String name, List<PeriodDraft> periods) {

    public static ExceptionDraft of(CalendarDay day) {
        return new ExceptionDraft(
                day.date().toString(),
                day.name(),
                day.periods().stream().map(PeriodDraft::of).toList());
    }
}
