package com.strata.tickets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands: NEW → OPEN → WAITING_ON_CUSTOMER ⇄ OPEN → RESOLVED → CLOSED, and back from RESOLVED to OPEN
 * by a reopen. A new ticket may also wait or be resolved at once (answered on the first call); a waiting one may be
 * resolved without resuming first (its pause ends at the resolve). CLOSED is final.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    WAITING_ON_CUSTOMER,
    RESOLVED,
    CLOSED;

    /** Whether the ticket is in the service queue: not resolved and not closed. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The statuses a ticket in this status may move to (reopen is RESOLVED → OPEN). */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING_ON_CUSTOMER, RESOLVED);
            case OPEN -> EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED);
            case WAITING_ON_CUSTOMER -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, OPEN);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean mayMoveTo(TicketStatus to) {
        return next().contains(to);
    }
}
