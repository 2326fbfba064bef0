package com.strata.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One stored working period of a weekday (table {@code service_calendar_period}). */
@Embeddable
public class WeekdayPeriod {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WeekdayPeriod() {}

    WeekdayPeriod(DayOfWeek day, WorkingPeriod period) {
        this.day = day;
        this.start = period.start();
        this.end = period.end();
    }

    DayOfWeek day() {
        return day;
    }

    WorkingPeriod period() {
        return new WorkingPeriod(start, end);
    }
}
