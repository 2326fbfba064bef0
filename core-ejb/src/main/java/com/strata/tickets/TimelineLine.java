package com.strata.tickets;

import java.time.Instant;

/** One line of a ticket's timeline as the ticket page and the API show it. */
public record TimelineLine(
        Instant at, String author, EntryKind kind, TicketStatus fromStatus, TicketStatus toStatus, String text) {

    static TimelineLine of(TicketEntry entry) {
        return new TimelineLine(
                entry.getAt(),
                entry.getAuthor(),
                entry.getKind(),
                entry.getFromStatus(),
                entry.getToStatus(),
                entry.getText());
    }
}
