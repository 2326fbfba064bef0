package com.strata.tiering;

import java.util.Objects;

/**
 * What the previous run left for hysteresis: the tier the customer was assigned and how many consecutive runs,
 * ending with that one, they qualified for a lower tier than the one they held.
 */
public record TierHistory(String assignedTier, int runsQualifiedLower) {

    public TierHistory {
        Objects.requireNonNull(assignedTier, "assignedTier");
        if (runsQualifiedLower < 0) {
            throw new IllegalArgumentException("runsQualifiedLower cannot be negative, got " + runsQualifiedLower);
        }
    }
}
