package com.strata.tickets;

import com.strata.sla.ClockKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a status change does to the facts the clocks are read from, without a database: waiting on the customer pauses
 * the clocks that still run (first response until answered, resolution), leaving the wait ends those pauses (also
 * when the ticket is resolved straight from waiting, so no paused time is lost), resolving answers the customer and
 * stops both clocks, reopening adds the resolved-to-reopened interval as a resolution pause so the clock resumes
 * where it stopped. A note to the customer on a new ticket opens it; the first stops the first-response clock.
 */
final class TicketLifecycle {

    private TicketLifecycle() {}

    /**
     * Moves {@code ticket} to {@code to} at {@code now} (the caller has checked the transition is allowed); ends the
     * given open pauses as needed and answers the new pauses to store.
     */
    static List<TicketPause> move(
            Ticket ticket, long ticketId, List<TicketPause> openPauses, TicketStatus to, Instant now) {
        TicketStatus from = ticket.getStatus();
        List<TicketPause> added = new ArrayList<>();
        if (from == TicketStatus.WAITING_ON_CUSTOMER) {
            openPauses.forEach(p -> p.end(now));
            ticket.waiting(null);
        }
        switch (to) {
            case WAITING_ON_CUSTOMER -> {
                if (ticket.getFirstRespondedAt() == null) {
                    added.add(new TicketPause(ticketId, ClockKind.FIRST_RESPONSE.name(), now));
                }
                added.add(new TicketPause(ticketId, ClockKind.RESOLUTION.name(), now));
                ticket.waiting(now);
            }
            case RESOLVED -> {
                ticket.responded(now);
                ticket.resolved(now);
            }
            case CLOSED -> ticket.closed(now);
            case OPEN -> {
                if (from == TicketStatus.RESOLVED) {
                    TicketPause stood = new TicketPause(ticketId, ClockKind.RESOLUTION.name(), ticket.getResolvedAt());
                    stood.end(now);
                    added.add(stood);
                    ticket.resolved(null);
                }
            }
            case NEW -> throw new IllegalArgumentException("no ticket moves back to NEW");
        }
        ticket.moveTo(to);
        return added;
    }

    /** A note to the customer: a new ticket opens (answered as a status change), the first-response clock stops. */
    static boolean noteToCustomer(Ticket ticket, Instant now) {
        boolean opens = ticket.getStatus() == TicketStatus.NEW;
        if (opens) {
            ticket.moveTo(TicketStatus.OPEN);
        }
        ticket.responded(now);
        return opens;
    }
}
