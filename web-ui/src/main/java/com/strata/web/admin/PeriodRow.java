package com.strata.web.admin;

import com.strata.calendar.PeriodDraft;
import com.strata.calendar.WorkingPeriod;
import java.io.Serializable;

/** One editable working period on the calendar page, as typed ({@code 09:00}). */
public class PeriodRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String start;
    private String end;

    public PeriodRow(String start, String end) {
        this.start = start;
        this.end = end;
    }

    static PeriodRow of(WorkingPeriod period) {
        return new PeriodRow(period.start().toString(), period.end().toString());
    }

    PeriodDraft toDraft() {
        return new PeriodDraft(start, end);
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }
}
