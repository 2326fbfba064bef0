package com.strata.web.api;

import com.strata.service.ServiceChannel;
import com.strata.tickets.CustomerTicketLine;
import com.strata.tickets.TicketDraft;
import com.strata.tickets.TicketPage;
import com.strata.tickets.TicketQuery;
import com.strata.tickets.TicketReads;
import com.strata.tickets.TicketSource;
import com.strata.tickets.TicketStatus;
import com.strata.tickets.TicketView;
import com.strata.tickets.Tickets;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tickets}: service desk tickets. Service agents, supervisors and administrators open and handle them;
 * analysts and account managers read those of the customers they see. A change may carry the {@code version} the
 * caller read: a ticket changed since is refused with 409 {@code TICKET_CHANGED}.
 */
@Tag(name = "Tickets", description = "Service desk tickets: open, queue, read, notes, status, assignment")
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    private Tickets tickets;

    @Inject
    private TicketReads reads;

    /** A note on the timeline: to the customer (the first answers the first response) or internal. */
    public record Note(String text, boolean toCustomer, Integer version) {}

    /** A status to move to, with an optional comment. */
    public record StatusChange(TicketStatus status, String comment, Integer version) {}

    /** A customer's tickets. */
    public record CustomerTickets(List<CustomerTicketLine> tickets) {}

    /** Who handles the ticket (null or blank: nobody). */
    public record Assignment(String assignee, Integer version) {}

    @Operation(summary = "Open a ticket for a customer (by code); its SLA targets come from the customer's live tier")
    @APIResponse(responseCode = "201", description = "Opened: the ticket with its clocks")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @Valid
                    @NotNull(
                            message = "send {\"customerCode\": \"...\", \"subject\": \"...\", \"channel\": \"PHONE\","
                                    + " \"type\": \"REQUEST\", \"priority\": \"NORMAL\"}")
                    TicketDraft draft) {
        TicketView created = tickets.create(draft, TicketSource.API);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(
            summary = "The service queue: open tickets, breached first, then by the nearest due time; filters mine,"
                    + " unassigned, tier, status, breached, channel; total is capped at 10,000 (capped = true)")
    @GET
    public TicketPage queue(
            @QueryParam("mine") boolean mine,
            @QueryParam("unassigned") boolean unassigned,
            @QueryParam("tier") String tier,
            @QueryParam("status") TicketStatus status,
            @QueryParam("breached") boolean breached,
            @QueryParam("channel") ServiceChannel channel,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(TicketQuery.MAX_PAGE_SIZE) int size) {
        return reads.queue(new TicketQuery(mine, unassigned, tier, status, breached, channel, first, size));
    }

    @Operation(summary = "A customer's tickets, newest first (at most 50)")
    @GET
    @Path("customers/{code}")
    public CustomerTickets ofCustomer(@PathParam("code") String code) {
        return new CustomerTickets(reads.ofCustomer(code));
    }

    @Operation(summary = "One ticket with both SLA clocks read now and its timeline")
    @GET
    @Path("{number}")
    public TicketView ticket(@PathParam("number") String number) {
        return reads.view(number);
    }

    @Operation(summary = "Add a note: to the customer (stops the first-response clock) or internal")
    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView note(
            @PathParam("number") String number,
            @Valid @NotNull(message = "send {\"text\": \"...\", \"toCustomer\": true}") Note note) {
        return tickets.addNote(number, note.version(), note.toCustomer(), note.text());
    }

    @Operation(
            summary = "Move the ticket: NEW → OPEN → WAITING_ON_CUSTOMER ⇄ OPEN → RESOLVED → CLOSED, RESOLVED → OPEN"
                    + " reopens within the calendar's reopen days; anything else is 409 ILLEGAL_TRANSITION")
    @POST
    @Path("{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView status(
            @PathParam("number") String number,
            @Valid @NotNull(message = "send {\"status\": \"OPEN\", \"comment\": \"...\"}") StatusChange change) {
        return tickets.changeStatus(number, change.version(), change.status(), change.comment());
    }

    @Operation(summary = "Give the ticket to an active service agent or supervisor, or to nobody")
    @POST
    @Path("{number}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TicketView assign(
            @PathParam("number") String number,
            @Valid @NotNull(message = "send {\"assignee\": \"username\"}") Assignment assignment) {
        return tickets.assign(number, assignment.version(), assignment.assignee());
    }
}
