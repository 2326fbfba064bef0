package com.strata.web.api;

import com.strata.notifications.NotificationPage;
import com.strata.notifications.NotificationView;
import com.strata.notifications.Notifications;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/notifications}: the caller's own notifications, newest first; mark one or all read. */
@Tag(name = "Notifications", description = "The caller's in-app notifications (SLA warnings and breaches, low CSAT)")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    private Notifications notifications;

    /** How many notifications were marked read. */
    public record Marked(long marked) {}

    @Operation(summary = "The caller's notifications, newest first, with the total and unread counts")
    @GET
    public NotificationPage list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Notifications.MAX_PAGE) int size) {
        return notifications.page(first, size);
    }

    @Operation(summary = "Mark one of the caller's notifications read (404 for another user's)")
    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @Operation(summary = "Mark all the caller's notifications read")
    @POST
    @Path("read-all")
    public Marked readAll() {
        return new Marked(notifications.markAllRead());
    }
}
