package com.strata.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One stored working period of an adjusted working day (table {@code service_calendar_exception_period}). */
@Embeddable
public class DatedPeriod {

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected DatedPeriod() {}

    DatedPeriod(WorkingPeriod period) {
        this.start = period.start();
        this.end = period.end();
    }

    WorkingPeriod period() {
        return new WorkingPeriod(start, end);
    }
}
