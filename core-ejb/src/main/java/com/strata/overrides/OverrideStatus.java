package com.strata.overrides;

/** Where an override's life stands, as stored; {@link OverrideState} adds what the dates say on a given day. */
public enum OverrideStatus {
    /** Requested, waiting for the supervisor. */
    PENDING,
    /** Approved: pinned from its start to its expiry. */
    APPROVED,
    /** Rejected by the supervisor; never in force. */
    REJECTED,
    /** Approved and then ended before its expiry. */
    ENDED
}
