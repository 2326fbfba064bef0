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
 * A target one clock of a ticket counted against from {@code at} on (see the V17 migration): the first is the tier's
 * at opening, each later one a tightening when the customer's tier rose.
 */
@Entity
@Table(name = "ticket_target_change")
public class TicketTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    /** A {@code com.strata.sla.ClockKind} name. */
    @Column(nullable = false, updatable = false, length = 16)
    private String clock;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "target_minutes", nullable = false, updatable = false)
    private int targetMinutes;

    protected TicketTarget() {}

    TicketTarget(long ticketId, String clock, Instant at, int targetMinutes) {
        this.ticketId = ticketId;
        this.clock = clock;
        this.at = Ticket.utc(at);
        this.targetMinutes = targetMinutes;
    }

    public long getTicketId() {
        return ticketId;
    }

    public String getClock() {
        return clock;
    }

    public Instant getAt() {
        return Ticket.instant(at);
    }

    public int getTargetMinutes() {
        return targetMinutes;
    }
}
