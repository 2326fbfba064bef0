package com.strata.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The business hours SLA clocks count in: a time zone, the working periods of each weekday, and dated exceptions that
 * replace a weekday's periods (a holiday is an empty list, an adjusted working weekend day lists its periods). The
 * constructor sorts periods and refuses overlapping ones, so the arithmetic can trust any instance.
 *
 * @param warningShare the share of a target used at which a clock warns, strictly between 0 and 1
 */
public record ServiceCalendar(
        ZoneId zone,
        Map<DayOfWeek, List<WorkingPeriod>> week,
        Map<LocalDate, List<WorkingPeriod>> exceptions,
        double warningShare) {

    public static final double DEFAULT_WARNING_SHARE = 0.75;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public ServiceCalendar {
        Objects.requireNonNull(zone, "zone");
        if (!(warningShare > 0 && warningShare < 1)) {
            throw new IllegalArgumentException("the warning share lies strictly between 0 and 1, got " + warningShare);
        }
        EnumMap<DayOfWeek, List<WorkingPeriod>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, sorted(week == null ? null : week.get(day), day));
        }
        week = Collections.unmodifiableMap(days);
        TreeMap<LocalDate, List<WorkingPeriod>> dated = new TreeMap<>();
        if (exceptions != null) {
            exceptions.forEach((date, periods) -> dated.put(Objects.requireNonNull(date), sorted(periods, date)));
        }
        exceptions = Collections.unmodifiableSortedMap(dated);
    }

    /** Asia/Shanghai, Monday to Friday 09:00–18:00, no exceptions, warning at 75 %. */
    public static ServiceCalendar defaultCalendar() {
        Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
        WorkingPeriod nineToSix = new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(18, 0));
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(nineToSix));
            }
        }
        return new ServiceCalendar(DEFAULT_ZONE, week, Map.of(), DEFAULT_WARNING_SHARE);
    }

    /** The working periods of one date: its exception if it has one, else its weekday's. */
    public List<WorkingPeriod> periodsOn(LocalDate date) {
        List<WorkingPeriod> dated = exceptions.get(date);
        return dated != null ? dated : week.get(date.getDayOfWeek());
    }

    /** Whether some weekday has working time, i.e. business time never runs out. */
    public boolean hasWeeklyWorkingTime() {
        return week.values().stream().anyMatch(periods -> !periods.isEmpty());
    }

    private static List<WorkingPeriod> sorted(List<WorkingPeriod> periods, Object day) {
        if (periods == null || periods.isEmpty()) {
            return List.of();
        }
        List<WorkingPeriod> copy = new ArrayList<>(periods);
        copy.forEach(p -> Objects.requireNonNull(p, "working period"));
        Collections.sort(copy);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).overlaps(copy.get(i))) {
                throw new IllegalArgumentException(
                        "working periods of " + day + " overlap: " + copy.get(i - 1) + " and " + copy.get(i));
            }
        }
        return List.copyOf(copy);
    }
}
