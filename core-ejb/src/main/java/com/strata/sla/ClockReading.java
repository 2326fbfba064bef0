package com.strata.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock read at one instant. Durations are business time. A page explains it as "target {@code target} from
 * {@code start} → due {@code dueAt}, {@code paused} paused", with the instants shown in the calendar's zone.
 *
 * @param target the effective target (the tightest that applied so far)
 * @param warningAt when the clock warns (or warned); null while paused before reaching it
 * @param dueAt when the target is (or was) used up; null while paused before reaching it (time left is frozen)
 * @param used business time counted so far (pauses excluded)
 * @param left target minus used; negative once overdue
 * @param paused business time spent paused
 * @param breachedAt the instant the clock breached; stays set when the clock is stopped later
 */
public record ClockReading(
        ClockKind kind,
        ClockState state,
        Duration target,
        Instant start,
        Instant warningAt,
        Instant dueAt,
        Duration used,
        Duration left,
        Duration paused,
        Instant breachedAt) {

    public boolean breached() {
        return breachedAt != null;
    }
}
