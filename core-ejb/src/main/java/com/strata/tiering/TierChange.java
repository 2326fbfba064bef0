package com.strata.tiering;

import com.strata.policy.TierLadder;
import java.util.Optional;

/** An upgrade or downgrade made by a run, with the rule behind it and, for an override, who approved it. */
public record TierChange(String from, String to, Direction direction, DecisionRule rule, Optional<String> approvedBy) {

    public enum Direction {
        UP,
        DOWN
    }

    /** The change between two tiers of a ladder; up when the new tier ranks higher (a lower rank). */
    public static TierChange between(
            TierLadder ladder, String from, String to, DecisionRule rule, Optional<String> approvedBy) {
        return new TierChange(
                from, to, ladder.rankOf(to) < ladder.rankOf(from) ? Direction.UP : Direction.DOWN, rule, approvedBy);
    }
}
