package com.strata.overrides;

import java.time.LocalDate;

/** An override as its reader sees it on a day: its stored status together with its dates. */
public enum OverrideState {
    PENDING,
    REJECTED,
    /** Approved, starting later. */
    SCHEDULED,
    /** Approved and in force today. */
    ACTIVE,
    /** Approved and past its expiry. */
    EXPIRED,
    /** Ended early. */
    ENDED;

    /**
     * @param endsOn the last day the override is in force (its expiry, or the day before it was ended)
     */
    public static OverrideState of(OverrideStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        return switch (status) {
            case PENDING -> PENDING;
            case REJECTED -> REJECTED;
            case ENDED -> ENDED;
            case APPROVED -> today.isAfter(endsOn) ? EXPIRED : today.isBefore(startsOn) ? SCHEDULED : ACTIVE;
        };
    }

    /** Whether it pins, or will pin, the tier: the state an override can be ended from. */
    public boolean endable() {
        return this == ACTIVE || this == SCHEDULED;
    }
}
