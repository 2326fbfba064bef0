package com.strata.tiering;

import java.util.Optional;

/** An upgrade or downgrade made by a run, with the rule behind it and, for an override, who approved it. */
public record TierChange(String from, String to, Direction direction, DecisionRule rule, Optional<String> approvedBy) {

    public enum Direction {
        UP,
        DOWN
    }
}
