package com.strata.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of every refused or failed API call: the HTTP status again, a stable code to branch on, a sentence for
 * people, and each individual problem when there are several (empty otherwise), each starting with the member it is
 * about where there is one, e.g. {@code policy.clv.horizonMonths: must be a whole number, found "twelve"}.
 */
@Schema(name = "ApiError", description = "The body of every 4xx and 5xx answer of the API")
public record ApiError(
        @Schema(description = "the HTTP status of the answer", examples = "400")
        int status,

        @Schema(
                description = "stable error code, e.g. RUN_NOT_FOUND, INVALID_POLICY, MALFORMED_BODY",
                examples = "INVALID_REQUEST")
        String code,

        @Schema(description = "what went wrong, in words for people")
        String message,

        @Schema(description = "each individual problem, naming the member it is about where there is one")
        List<String> details) {

    /** The answer while the database cannot be reached: nothing was changed, and the call may be repeated. */
    public static ApiError databaseUnavailable() {
        return new ApiError(
                503,
                "DATABASE_UNAVAILABLE",
                "The database cannot be reached; nothing was changed. Retry once GET /api/health answers 200.",
                List.of());
    }

    /** How long a client is asked to wait ({@code Retry-After}) when every database connection is in use. */
    public static final int BUSY_RETRY_AFTER_SECONDS = 5;

    /**
     * The answer while every database connection of this server is in use for longer than the pool waits: the database
     * is up, nothing was changed, and the call may be repeated after {@link #BUSY_RETRY_AFTER_SECONDS}.
     */
    public static ApiError serverBusy() {
        return new ApiError(
                503,
                "SERVER_BUSY",
                "The server is busy: all its database connections are in use; nothing was changed. Retry in a few"
                        + " seconds (Retry-After).",
                List.of());
    }
}
