package com.strata.tickets.escalation;

import java.time.Instant;

/**
 * What one escalation pass did: at which business instant, how many clock warnings and breaches it fired, how many
 * notifications and (through the SLA breach playbook rule) tasks followed, and how long it took.
 */
public record EscalationOutcome(
        Instant at, long warnings, long breaches, long notifications, long tasks, long durationMillis) {

    EscalationOutcome withTasks(long created, long millis) {
        return new EscalationOutcome(at, warnings, breaches, notifications, created, millis);
    }
}
