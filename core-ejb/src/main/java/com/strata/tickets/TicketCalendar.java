package com.strata.tickets;

import com.strata.calendar.ServiceCalendar;
import jakarta.enterprise.context.ApplicationScoped;

/** The service calendar ticket clocks count in, and how many days a resolved ticket may be reopened. */
@ApplicationScoped
public class TicketCalendar {

    static final int REOPEN_DAYS = 7;

    public ServiceCalendar calendar() {
        return ServiceCalendar.defaultCalendar();
    }

    public int reopenDays() {
        return REOPEN_DAYS;
    }
}
