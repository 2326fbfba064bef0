package com.strata.surveys;

import java.time.Instant;

/**
 * The survey of one ticket as the ticket page shows it: whether it may be answered now (the ticket is resolved or
 * closed and nobody answered), the answer when there is one, and the link last sent (when, valid until).
 */
public record TicketSurveyView(
        String ticketNumber,
        String ticketStatus,
        boolean open,
        Integer score,
        String reason,
        SurveyChannel channel,
        String answeredBy,
        Instant answeredAt,
        Instant linkSentAt,
        Instant linkExpiresAt) {

    public boolean answered() {
        return score != null;
    }
}
