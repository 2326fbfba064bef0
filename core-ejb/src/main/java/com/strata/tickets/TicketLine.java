package com.strata.tickets;

import com.strata.service.ServiceChannel;
import com.strata.sla.ClockState;
import java.time.Instant;

/**
 * One open ticket in the service queue: who, what, the customer's live tier, whether it is breached when read (flagged,
 * or a running clock past due before the escalation pass got to it), and per clock its state when read (a running
 * clock past due is breached), due instant and the business minutes left until it (negative once overdue; null when
 * the clock does not run).
 */
public record TicketLine(
        String number,
        String subject,
        String customerCode,
        String customerName,
        String tier,
        TicketStatus status,
        TicketPriority priority,
        TicketType type,
        ServiceChannel channel,
        String assignee,
        Instant createdAt,
        boolean breached,
        ClockState firstResponseState,
        Instant firstResponseDueAt,
        Long firstResponseLeftMinutes,
        ClockState resolutionState,
        Instant resolutionDueAt,
        Long resolutionLeftMinutes) {}
