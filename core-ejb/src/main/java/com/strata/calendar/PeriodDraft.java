package com.strata.calendar;

/** A working period as a caller writes it ({@code "09:00"}, {@code "18:00"}); checked by {@link CalendarRules}. */
public record PeriodDraft(String start, String end) {

    public static PeriodDraft of(WorkingPeriod period) {
        return new PeriodDraft(period.start().toString(), period.end().toString());
    }
}
