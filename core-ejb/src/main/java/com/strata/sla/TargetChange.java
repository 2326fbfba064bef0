package com.strata.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The customer's tier changed while the ticket was open: from {@code at} on, its policy's target would apply. */
public record TargetChange(Instant at, Duration target) {

    public TargetChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(target, "target");
        if (target.isNegative()) {
            throw new IllegalArgumentException("a target is not negative, got " + target);
        }
    }
}
