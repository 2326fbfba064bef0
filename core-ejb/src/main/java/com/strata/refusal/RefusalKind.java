package com.strata.refusal;

/** What a refusal means to the caller, with the HTTP status the REST API answers for it. */
public enum RefusalKind {
    /** The request itself is wrong: a missing or malformed value, an option out of range. */
    INVALID(400),
    /** The caller may not see or change this (a customer outside their portfolio, another manager's task). */
    FORBIDDEN(403),
    /** The thing asked for does not exist. */
    NOT_FOUND(404),
    /** The request is well formed but the current state does not allow it (another APPLY run is unfinished, ...). */
    CONFLICT(409),
    /** The work was accepted but could not be finished (the database or the upload failed); nothing was stored. */
    FAILED(500);

    private final int httpStatus;

    RefusalKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
