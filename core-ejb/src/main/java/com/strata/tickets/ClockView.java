package com.strata.tickets;

import com.strata.sla.ClockKind;
import com.strata.sla.ClockReading;
import com.strata.sla.ClockState;
import java.time.Instant;

/**
 * One SLA clock of a ticket as pages and the API show it, read now: its state, effective target and the target at
 * opening (they differ once the tier rose), when it started, warns and is due (null while paused or stopped before
 * the due instant), business minutes used, left (negative once overdue) and paused, and the breach instant. A page
 * explains it as "target 8 business hours from … → due …, 1 h 20 min paused" in the calendar's zone.
 */
public record ClockView(
        ClockKind kind,
        ClockState state,
        long targetMinutes,
        long openingTargetMinutes,
        Instant start,
        Instant warningAt,
        Instant dueAt,
        long usedMinutes,
        long leftMinutes,
        long pausedMinutes,
        Instant breachedAt,
        Instant stoppedAt) {

    static ClockView of(ClockReading reading, long openingTargetMinutes, Instant stoppedAt) {
        return new ClockView(
                reading.kind(),
                reading.state(),
                reading.target().toMinutes(),
                openingTargetMinutes,
                reading.start(),
                reading.warningAt(),
                reading.dueAt(),
                reading.used().toMinutes(),
                reading.left().toMinutes(),
                reading.paused().toMinutes(),
                reading.breachedAt(),
                stoppedAt);
    }

    /** Whether a tier rise tightened the target while the ticket was open. */
    public boolean tightened() {
        return targetMinutes < openingTargetMinutes;
    }
}
