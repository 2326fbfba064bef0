package com.strata.policy;

/**
 * Damping of downgrades so a customer does not flap between tiers on one weak run: upgrades apply at once, a
 * downgrade only after the customer has qualified lower in {@code downgradeAfterRuns} consecutive runs, and with
 * {@code oneTierPerRun} the fall is at most one tier per run.
 */
public record Hysteresis(int downgradeAfterRuns, boolean oneTierPerRun) {

    public Hysteresis {
        if (downgradeAfterRuns < 1) {
            throw new IllegalArgumentException(
                    "downgradeAfterRuns must be at least 1 (1 = downgrade at once), got " + downgradeAfterRuns);
        }
    }

    /** Two runs, one tier at a time. */
    public static Hysteresis defaults() {
        return new Hysteresis(2, true);
    }
}
