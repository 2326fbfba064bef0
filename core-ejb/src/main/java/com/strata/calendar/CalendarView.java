package com.strata.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored service calendar for pages and the API: every weekday's periods (empty for a day off), the exceptions by
 * date, the warning share, the reopen window, and who changed it last.
 */
public record CalendarView(
        String zone,
        Map<DayOfWeek, List<WorkingPeriod>> week,
        List<CalendarDay> exceptions,
        double warningShare,
        int reopenDays,
        int version,
        Instant changedAt,
        String changedBy) {

    /** The calendar the arithmetic counts in. */
    public ServiceCalendar calendar() {
        return new ServiceCalendar(
                ZoneId.of(zone),
                week,
                exceptions.stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::periods)),
                warningShare);
    }
}
