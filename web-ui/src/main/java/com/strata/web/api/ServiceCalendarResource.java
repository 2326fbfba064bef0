package com.strata.web.api;

import com.strata.calendar.CalendarChange;
import com.strata.calendar.CalendarView;
import com.strata.calendar.ServiceCalendars;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/service-calendar}: the business hours SLA clocks count in, for every role; administrators replace it
 * whole (time zone, weekday periods, holidays and adjusted working days, warning share, reopen days).
 */
@Tag(name = "Service calendar", description = "Business hours, holidays and adjusted working days of SLA clocks")
@Path("service-calendar")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceCalendarResource {

    @Inject
    private ServiceCalendars calendars;

    @Operation(summary = "The service calendar with its exceptions, warning share, reopen days and version (all roles)")
    @GET
    public CalendarView current() {
        return calendars.view();
    }

    @Operation(
            summary = "Replace the service calendar (administrators, audited); 400 lists every problem, each naming its"
                    + " field; 409 when a version is sent and someone changed the calendar since")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarView change(
            @NotNull(message = "send the calendar as JSON: zone, week, exceptions, warningShare, reopenDays")
                    CalendarChange change) {
        return calendars.change(change);
    }
}
