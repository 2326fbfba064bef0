package com.strata.tickets.performance;

/** Tickets of one tier (at opening) in the period: met every target, breached one, or still running. */
public record TierOutcome(String tier, long met, long breached, long running) {

    public long total() {
        return met + breached + running;
    }
}
