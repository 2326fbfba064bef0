package com.strata.tickets;

import com.strata.service.ServiceChannel;

/**
 * What an agent (or a REST client) fills in to open a ticket: the customer by code, subject, description, channel,
 * type, priority and, optionally, who handles it.
 */
public record TicketDraft(
        String customerCode,
        String subject,
        String description,
        ServiceChannel channel,
        TicketType type,
        TicketPriority priority,
        String assignee) {}
