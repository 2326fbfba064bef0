package com.strata.surveys;

import java.time.Instant;

/**
 * A link just made for the customer: the token is shown this once (only its hash is kept), {@code path} is the page to
 * open under the application's address. A new link replaces the previous one, which stops working.
 */
public record SurveyLink(String ticketNumber, String token, String path, Instant expiresAt) {}
