package com.strata.surveys;

import java.time.Instant;

/**
 * What the public survey page may show for a token: its state, and for a known token only the ticket's number and
 * subject (nothing else about the customer).
 */
public record PublicSurvey(State state, String ticketNumber, String subject, Instant expiresAt) {

    public enum State {
        OPEN,
        ANSWERED,
        EXPIRED,
        UNKNOWN
    }

    static PublicSurvey unknown() {
        return new PublicSurvey(State.UNKNOWN, null, null, null);
    }
}
