package com.strata.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Business-time arithmetic over one {@link ServiceCalendar}: instants are UTC, working periods are read in the
 * calendar's zone, day by day. A working period's instants come from its local start and end on that date, so on a
 * daylight-saving switch day a period spanning the switch counts its real length.
 */
public final class BusinessTime {

    private final ServiceCalendar calendar;
    // Past this date a calendar without weekly working time has none at all: plus() stops there.
    private final LocalDate lastException;

    public BusinessTime(ServiceCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.lastException = calendar.exceptions().keySet().stream()
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.MIN);
    }

    public ServiceCalendar calendar() {
        return calendar;
    }

    /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (WorkingPeriod period : calendar.periodsOn(date)) {
                Instant start = max(from, startOf(date, period));
                Instant end = min(to, endOf(date, period));
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The earliest instant at which {@code business} working time has passed since {@code from}: a target that ends
     * exactly at a period's end is due at that end (18:00), not at the next period's start.
     *
     * @throws IllegalStateException when the calendar has no working time left to count in
     */
    public Instant plus(Instant from, Duration business) {
        if (business.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative, got " + business);
        }
        if (business.isZero()) {
            return from;
        }
        Duration remaining = business;
        for (LocalDate date = localDate(from); ; date = date.plusDays(1)) {
            for (WorkingPeriod period : calendar.periodsOn(date)) {
                Instant start = max(from, startOf(date, period));
                Instant end = endOf(date, period);
                if (!end.isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            if (!calendar.hasWeeklyWorkingTime() && !date.isBefore(lastException)) {
                throw new IllegalStateException("the service calendar has no working time after " + date);
            }
        }
    }

    /** Whether {@code at} lies in a working period. */
    public boolean isWorking(Instant at) {
        LocalDate date = localDate(at);
        for (WorkingPeriod period : calendar.periodsOn(date)) {
            if (!at.isBefore(startOf(date, period)) && at.isBefore(endOf(date, period))) {
                return true;
            }
        }
        return false;
    }

    /** The first working instant at or after {@code at}. */
    public Instant nextWorkingInstant(Instant at) {
        return isWorking(at) ? at : plus(at, Duration.ofNanos(1)).minusNanos(1);
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(calendar.zone()).toLocalDate();
    }

    private Instant startOf(LocalDate date, WorkingPeriod period) {
        return date.atTime(period.start()).atZone(calendar.zone()).toInstant();
    }

    private Instant endOf(LocalDate date, WorkingPeriod period) {
        return date.atTime(period.end()).atZone(calendar.zone()).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
