package com.strata.tickets.performance;

/**
 * One agent's medians over the period's tickets assigned to them, in business minutes: first response (over the
 * tickets answered) and resolution (over the tickets resolved); null when there is none to take a median of.
 */
public record AgentTimes(
        String agent, long responded, Long medianFirstResponseMinutes, long resolved, Long medianResolutionMinutes) {}
