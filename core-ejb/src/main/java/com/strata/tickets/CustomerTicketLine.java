package com.strata.tickets;

import java.time.Instant;

/** A ticket in a customer's list (customer 360, the ticket page's recent tickets), newest first. */
public record CustomerTicketLine(
        String number,
        String subject,
        TicketType type,
        TicketStatus status,
        TicketSource source,
        Instant createdAt,
        Instant resolvedAt,
        boolean breached) {}
