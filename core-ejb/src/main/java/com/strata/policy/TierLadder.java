package com.strata.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The ordered tiers, best first, and what it takes to qualify for each; the last tier takes everyone else, so it has
 * no threshold. Rank 0 is the best tier.
 *
 * <p>With {@link Kind#TOP_SHARE} each threshold is the share of the base the tier holds, counted from the top: the
 * default [1%, 4%, 15%, 30%] makes Diamond the top 1% by value index, Platinum the next 4% (top 5%), Gold the next
 * 15% (top 20%), Silver the next 30% (top 50%) and Bronze the rest. With {@link Kind#ABSOLUTE} each threshold is the
 * lowest value index (0-100) that qualifies, falling from tier to tier.
 */
public record TierLadder(List<String> tiers, Kind kind, List<Double> thresholds) {

    public enum Kind {
        TOP_SHARE,
        ABSOLUTE
    }

    public TierLadder {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(kind, "kind");
        thresholds = List.copyOf(thresholds);
        if (tiers.size() < 2) {
            throw new IllegalArgumentException("a tier ladder needs at least two tiers, got " + tiers);
        }
        if (new HashSet<>(tiers).size() != tiers.size()) {
            throw new IllegalArgumentException("tier names must be unique, got " + tiers);
        }
        if (thresholds.size() != tiers.size() - 1) {
            throw new IllegalArgumentException(
                    "give one threshold per tier except the last (" + tiers.get(tiers.size() - 1)
                            + " takes the rest): expected " + (tiers.size() - 1) + ", got " + thresholds.size());
        }
        if (kind == Kind.TOP_SHARE) {
            checkShares(tiers, thresholds);
        } else {
            checkScores(tiers, thresholds);
        }
    }

    /** Diamond, Platinum, Gold, Silver, Bronze by top shares 1%, 4%, 15%, 30% and the rest. */
    public static TierLadder defaults() {
        return topShares(List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze"), List.of(0.01, 0.04, 0.15, 0.30));
    }

    public static TierLadder topShares(List<String> tiers, List<Double> shares) {
        return new TierLadder(tiers, Kind.TOP_SHARE, shares);
    }

    public static TierLadder absolute(List<String> tiers, List<Double> minimumScores) {
        return new TierLadder(tiers, Kind.ABSOLUTE, minimumScores);
    }

    public int size() {
        return tiers.size();
    }

    public String tier(int rank) {
        return tiers.get(rank);
    }

    /** The rank of a tier name, or -1 when this ladder does not know it. */
    public int rankOf(String tier) {
        return tiers.indexOf(tier);
    }

    /** The lowest tier, which has no threshold. */
    public int lowestRank() {
        return tiers.size() - 1;
    }

    private static void checkShares(List<String> tiers, List<Double> shares) {
        double total = 0;
        for (int i = 0; i < shares.size(); i++) {
            double share = shares.get(i);
            if (!(share > 0 && share < 1)) {
                throw new IllegalArgumentException("share of " + tiers.get(i)
                        + " must be a fraction between 0 and 1, e.g. 0.04 for 4%, got " + share);
            }
            total += share;
        }
        if (total > 1) {
            throw new IllegalArgumentException("tier shares add up to " + total + ", more than the whole base");
        }
    }

    private static void checkScores(List<String> tiers, List<Double> scores) {
        for (int i = 0; i < scores.size(); i++) {
            double score = scores.get(i);
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException(
                        "threshold of " + tiers.get(i) + " must be a value index from 0 to 100, got " + score);
            }
            if (i > 0 && !(score < scores.get(i - 1))) {
                throw new IllegalArgumentException("threshold of " + tiers.get(i) + " (" + score
                        + ") must be below that of " + tiers.get(i - 1) + " (" + scores.get(i - 1) + ")");
            }
        }
    }
}
