package com.strata.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An interval one clock of a ticket stood still (see the V17 migration): waiting on the customer, or between resolving
 * and reopening for the resolution clock. {@code pausedTo} is null while it lasts.
 */
@Entity
@Table(name = "ticket_pause")
public class TicketPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    /** A {@code com.strata.sla.ClockKind} name. */
    @Column(nullable = false, updatable = false, length = 16)
    private String clock;

    @Column(name = "paused_from", nullable = false, updatable = false)
    private LocalDateTime pausedFrom;

    @Column(name = "paused_to")
    private LocalDateTime pausedTo;

    protected TicketPause() {}

    TicketPause(long ticketId, String clock, Instant from) {
        this.ticketId = ticketId;
        this.clock = clock;
        this.pausedFrom = Ticket.utc(from);
    }

    public long getTicketId() {
        return ticketId;
    }

    public String getClock() {
        return clock;
    }

    public Instant getPausedFrom() {
        return Ticket.instant(pausedFrom);
    }

    public Instant getPausedTo() {
        return Ticket.instant(pausedTo);
    }

    boolean open() {
        return pausedTo == null;
    }

    void end(Instant at) {
        this.pausedTo = Ticket.utc(at);
    }
}
