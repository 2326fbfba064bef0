package com.strata.tickets.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * SLA performance over the days {@code from} to {@code to} (both included, in the service calendar's zone) for the
 * tickets opened then: outcomes per tier, the highest tier first, medians per agent, and the CSAT answers.
 */
public record PerformanceReport(
        LocalDate from,
        LocalDate to,
        List<TierOutcome> tiers,
        List<AgentTimes> agents,
        long surveys,
        Double averageCsat) {

    public boolean noTickets() {
        return tiers.stream().mapToLong(TierOutcome::total).sum() == 0;
    }
}
