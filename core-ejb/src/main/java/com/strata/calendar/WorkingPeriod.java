package com.strata.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of working time within one day, {@code [start, end)} in the calendar's zone. A period never crosses
 * midnight: a service open late is two periods on two days.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) implements Comparable<WorkingPeriod> {

    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a working period ends after it starts, got " + start + "–" + end);
        }
    }

    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** The wall-clock length (on a daylight-saving switch day the real length may differ). */
    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(WorkingPeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WorkingPeriod other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
