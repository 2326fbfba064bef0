package com.strata.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The whole service calendar as an administrator sends it. Values are as written so that {@link CalendarRules} can
 * name each wrong one; a weekday missing from {@code week} is a day off.
 *
 * @param version the version the change was made on; when given and no longer current, the change is refused
 *     rather than overwriting a newer one
 */
public record CalendarChange(
        String zone,
        Map<DayOfWeek, List<PeriodDraft>> week,
        List<ExceptionDraft> exceptions,
        Double warningShare,
        Integer reopenDays,
        Integer version) {

    /** The view's values as a change, to edit and send back. */
    public static CalendarChange of(CalendarView view) {
        Map<DayOfWeek, List<PeriodDraft>> week = new java.util.EnumMap<>(DayOfWeek.class);
        view.week()
                .forEach((day, periods) ->
                        week.put(day, periods.stream().map(PeriodDraft::of).toList()));
        return new CalendarChange(
                view.zone(),
                week,
                view.exceptions().stream().map(ExceptionDraft::of).toList(),
                view.warningShare(),
                view.reopenDays(),
                view.version());
    }
}
