package com.strata.policy.versions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * When a {@link RunSchedule} fires: the reclassification timer is armed at {@link #next} and the policy editor lists
 * the next few times with the same method, so what the page promises is what the scheduler does. Fields follow the
 * EJB calendar syntax without its day-of-month extras: {@code *}, numbers, names ({@code Mon}, {@code Jan}), ranges,
 * lists and steps. As in EJB calendars (and cron), when both day-of-month and day-of-week are restricted a day
 * matching either one fires.
 */
public final class ScheduleTimes {

    /** How far ahead a schedule is searched; a schedule that never fires within it (31 February) fires never. */
    private static final int SEARCH_DAYS = 366 * 8;

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    /** Reads every field; an {@link IllegalArgumentException} names the first one that is not understood. */
    ScheduleTimes(String minute, String hour, String dayOfMonth, String month, String dayOfWeek) {
        minutes = parse("minute", minute, 0, 59, List.of());
        hours = parse("hour", hour, 0, 23, List.of());
        daysOfMonth = parse("dayOfMonth", dayOfMonth, 1, 31, List.of());
        months = parse("month", month, 1, 12, MONTHS);
        BitSet week = parse("dayOfWeek", dayOfWeek, 0, 7, DAYS);
        if (week.get(7)) {
            week.set(0); // 7 is Sunday too
        }
        daysOfWeek = week;
        anyDayOfMonth = "*".equals(dayOfMonth);
        anyDayOfWeek = "*".equals(dayOfWeek);
    }

    public static ScheduleTimes of(RunSchedule schedule) {
        return new ScheduleTimes(
                schedule.minute(), schedule.hour(), schedule.dayOfMonth(), schedule.month(), schedule.dayOfWeek());
    }

    /** The first time strictly after {@code after} (in its zone) that the schedule fires, or null for never. */
    public ZonedDateTime next(ZonedDateTime after) {
        List<ZonedDateTime> times = next(after, 1);
        return times.isEmpty() ? null : times.get(0);
    }

    /** The next {@code count} times strictly after {@code after}, in its zone; fewer when the schedule ends. */
    public List<ZonedDateTime> next(ZonedDateTime after, int count) {
        List<ZonedDateTime> times = new ArrayList<>();
        LocalDate day = after.toLocalDate();
        for (int d = 0; d < SEARCH_DAYS && times.size() < count; d++, day = day.plusDays(1)) {
            if (!firesOn(day)) {
                continue;
            }
            for (int h = hours.nextSetBit(0); h >= 0 && times.size() < count; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0 && times.size() < count; m = minutes.nextSetBit(m + 1)) {
                    ZonedDateTime time = ZonedDateTime.of(LocalDateTime.of(day, LocalTime.of(h, m)), after.getZone());
                    // A time skipped by a clock change moves forward; keep each instant once and in order.
                    if (time.isAfter(after) && (times.isEmpty() || time.isAfter(times.get(times.size() - 1)))) {
                        times.add(time);
                    }
                }
            }
        }
        return times;
    }

    private boolean firesOn(LocalDate day) {
        if (!months.get(day.getMonthValue())) {
            return false;
        }
        boolean dayOfMonth = daysOfMonth.get(day.getDayOfMonth());
        boolean dayOfWeek = daysOfWeek.get(
                day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
        if (anyDayOfMonth || anyDayOfWeek) {
            return dayOfMonth && dayOfWeek;
        }
        return dayOfMonth || dayOfWeek;
    }

    private static BitSet parse(String field, String text, int min, int max, List<String> names) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(field, part.substring(slash + 1), 1, max, List.of(), text);
            }
            int from;
            int to;
            if ("*".equals(range)) {
                from = min;
                to = max;
            } else if (range.indexOf('-') > 0) {
                from = number(field, range.substring(0, range.indexOf('-')), min, max, names, text);
                to = number(field, range.substring(range.indexOf('-') + 1), min, max, names, text);
            } else {
                from = number(field, range, min, max, names, text);
                to = slash >= 0 ? max : from;
            }
            if (from > to) {
                throw refused(field, text, "a range must run from low to high");
            }
            for (int v = from; v <= to; v += step) {
                values.set(v);
            }
        }
        return values;
    }

    private static int number(String field, String text, int min, int max, List<String> names, String whole) {
        int named = names.indexOf(text.toLowerCase(Locale.ROOT));
        if (named >= 0) {
            return named + min;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            throw refused(field, whole, "use numbers " + min + "-" + max + (names.isEmpty() ? "" : " or names"));
        }
        throw refused(field, whole, "values run from " + min + " to " + max);
    }

    private static IllegalArgumentException refused(String field, String text, String why) {
        return new IllegalArgumentException("schedule " + field + " \"" + text + "\" is not understood: " + why);
    }
}
