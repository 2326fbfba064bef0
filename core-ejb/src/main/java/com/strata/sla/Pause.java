package com.strata.sla;

import java.time.Instant;
import java.util.Objects;

/** An interval in which a clock does not count, {@code [from, to)}; {@code to == null} while still paused. */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a pause ends after it starts, got " + from + " to " + to);
        }
    }

    public boolean open() {
        return to == null;
    }
}
