package com.strata.demo;

import com.strata.calendar.CalendarChange;
import com.strata.calendar.CalendarView;
import com.strata.calendar.ExceptionDraft;
import com.strata.calendar.PeriodDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * Holidays and adjusted working days for the demo's service calendar, in the shape of mainland China's public holiday
 * notices (a Spring Festival week off, made up by a working Saturday; Labour Day; National Day), so SLA due times on
 * the demo visibly skip them. Demo dates only, not an official schedule.
 */
final class DemoCalendar {

    private DemoCalendar() {}

    /** The stored calendar with the demo exceptions added; null when it already has exceptions of its own. */
    static CalendarChange withDemoExceptions(CalendarView current) {
        if (!current.exceptions().isEmpty()) {
            return null;
        }
        List<ExceptionDraft> days = new ArrayList<>();
        days.add(new ExceptionDraft(
                "2026-02-14", "Spring Festival working Saturday 春节调休上班", List.of(new PeriodDraft("09:00", "18:00"))));
        for (int day = 16; day <= 20; day++) {
            days.add(new ExceptionDraft("2026-02-" + day, "Spring Festival 春节", List.of()));
        }
        days.add(new ExceptionDraft("2026-05-01", "Labour Day 劳动节", List.of()));
        for (int day = 1; day <= 7; day++) {
            days.add(new ExceptionDraft("2026-10-0" + day, "National Day 国庆节", List.of()));
        }
        days.add(new ExceptionDraft("2027-01-01", "New Year's Day 元旦", List.of()));
        CalendarChange kept = CalendarChange.of(current);
        return new CalendarChange(
                kept.zone(), kept.week(), days, kept.warningShare(), kept.reopenDays(), kept.version());
    }
}
