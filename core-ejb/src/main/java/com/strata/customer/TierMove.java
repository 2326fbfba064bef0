package com.strata.customer;

import java.util.List;

/** Which way a tier change went on the tier ladder. */
public enum TierMove {
    /** The customer had no tier before. */
    FIRST,
    UP,
    DOWN,
    /**
     * Between a tier and one the ladder no longer has (a tier an older policy named), or between equal tiers: the
     * direction is not known.
     */
    ACROSS;

    /** The move from {@code from} (null: no tier yet) to {@code to} on a ladder listed highest tier first. */
    public static TierMove between(String from, String to, List<String> ladderHighestFirst) {
        if (from == null) {
            return FIRST;
        }
        int before = ladderHighestFirst.indexOf(from);
        int after = ladderHighestFirst.indexOf(to);
        if (before < 0 || after < 0 || before == after) {
            return ACROSS;
        }
        return after < before ? UP : DOWN;
    }
}
