package com.strata.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a clock is read from: when it started, the target of the tier at opening, later tier changes, the pauses and,
 * once the promise is kept (first response given, ticket resolved), the instant it stopped.
 *
 * @param stoppedAt the instant the clock stopped, or null while it runs (a reopened ticket's resolution clock runs
 *     again: pass null here and the resolved-to-reopened interval as a {@link Pause})
 */
public record ClockInput(
        ClockKind kind,
        Instant start,
        Duration target,
        List<TargetChange> tightenings,
        List<Pause> pauses,
        Instant stoppedAt) {

    public ClockInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        if (target.isNegative()) {
            throw new IllegalArgumentException("a target is not negative, got " + target);
        }
        tightenings = tightenings == null ? List.of() : List.copyOf(tightenings);
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    /** A clock with no tier change and no pause yet. */
    public static ClockInput started(ClockKind kind, Instant start, Duration target) {
        return new ClockInput(kind, start, target, List.of(), List.of(), null);
    }
}
