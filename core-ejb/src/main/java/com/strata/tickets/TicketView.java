package com.strata.tickets;

import com.strata.service.ServiceChannel;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as the ticket page and {@code GET /tickets/{number}} show it: the header, both clocks read now (null for
 * an imported ticket, which had no SLA), the timeline oldest first, the version to send back with a change, and until
 * when a resolved ticket may be reopened (null unless it is resolved).
 */
public record TicketView(
        String number,
        String customerCode,
        String customerName,
        String liveTier,
        String subject,
        String description,
        ServiceChannel channel,
        TicketType type,
        TicketPriority priority,
        TicketStatus status,
        String assignee,
        String createdBy,
        Instant createdAt,
        String tierAtOpen,
        TicketSource source,
        int version,
        Instant firstRespondedAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant waitingSince,
        Instant reopenUntil,
        ClockView firstResponse,
        ClockView resolution,
        List<TimelineLine> timeline) {

    public TicketView {
        timeline = List.copyOf(timeline);
    }

    /** The statuses the ticket may move to now (RESOLVED → OPEN only while it may be reopened). */
    public List<TicketStatus> next(Instant now) {
        return status.next().stream()
                .filter(to -> !(status == TicketStatus.RESOLVED && to == TicketStatus.OPEN)
                        || (reopenUntil != null && now.isBefore(reopenUntil)))
                .toList();
    }
}
