package com.strata.web.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** One weekday on the calendar page with its editable periods (none: a day off). */
public class DayRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DayOfWeek day;
    private final List<PeriodRow> periods;

    DayRow(DayOfWeek day, List<PeriodRow> periods) {
        this.day = day;
        this.periods = new ArrayList<>(periods);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    /** A new period after the last one (13:30–18:00 after a morning, else 09:00–18:00). */
    public void addPeriod() {
        periods.add(periods.isEmpty() ? new PeriodRow("09:00", "18:00") : new PeriodRow("13:30", "18:00"));
    }

    public void removePeriod(int index) {
        periods.remove(index);
    }
}
