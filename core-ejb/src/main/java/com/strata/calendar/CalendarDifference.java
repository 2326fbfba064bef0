package com.strata.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of the calendar, in words for the audit trail. */
final class CalendarDifference {

    private CalendarDifference() {}

    static String describe(CalendarView before, CalendarView after) {
        List<String> lines = new ArrayList<>();
        if (!before.zone().equals(after.zone())) {
            lines.add("zone: " + before.zone() + " → " + after.zone());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String was = periods(before.week().get(day));
            String is = periods(after.week().get(day));
            if (!was.equals(is)) {
                lines.add(day + ": " + was + " → " + is);
            }
        }
        Map<Object, CalendarDay> old = byDate(before.exceptions());
        Map<Object, CalendarDay> now = byDate(after.exceptions());
        old.forEach((date, day) -> {
            CalendarDay next = now.get(date);
            if (next == null) {
                lines.add("exception removed: " + day(day));
            } else if (!next.equals(day)) {
                lines.add("exception " + date + ": " + day(day) + " → " + day(next));
            }
        });
        now.forEach((date, day) -> {
            if (!old.containsKey(date)) {
                lines.add("exception added: " + day(day));
            }
        });
        if (before.warningShare() != after.warningShare()) {
            lines.add("warning share: " + before.warningShare() + " → " + after.warningShare());
        }
        if (before.reopenDays() != after.reopenDays()) {
            lines.add("reopen days: " + before.reopenDays() + " → " + after.reopenDays());
        }
        return lines.isEmpty() ? "no change" : String.join("; ", lines);
    }

    /**
     * The calendar's fields as the audit trail keeps them before and after a change (it stores only those that
     * differ): the zone, each weekday's periods, each exception by its date, the warning share and the reopen window.
     */
    static Map<String, String> fields(CalendarView calendar) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("zone", calendar.zone());
        for (DayOfWeek day : DayOfWeek.values()) {
            fields.put(day.toString(), periods(calendar.week().get(day)));
        }
        byDate(calendar.exceptions()).forEach((date, day) -> fields.put("exception " + date, day(day)));
        fields.put("warningShare", Double.toString(calendar.warningShare()));
        fields.put("reopenDays", Integer.toString(calendar.reopenDays()));
        return fields;
    }

    private static Map<Object, CalendarDay> byDate(List<CalendarDay> days) {
        return days.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }

    private static String day(CalendarDay day) {
        return day.date() + " " + day.name() + " (" + (day.holiday() ? "holiday" : periods(day.periods())) + ")";
    }

    private static String periods(List<WorkingPeriod> periods) {
        return periods == null || periods.isEmpty()
                ? "day off"
                : periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(", "));
    }
}
