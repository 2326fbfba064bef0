package com.strata.tiering;

import com.strata.policy.TierLadder;
import java.util.Arrays;

/**
 * The lowest value index that qualifies for each tier in one run. For a top-share ladder they come from the base:
 * with n customers, a tier whose cumulative share from the top is S takes the floor(S n) highest value indices, and
 * everyone tied with the last of them qualifies too (equal values, equal tiers). A tier whose share is below one
 * customer is unreachable in this base. The lowest tier's cut-off is 0.
 */
public final class TierCutoffs {

    /** Shields floor(S n) from representation error, e.g. 0.15 * 20 evaluating to 2.9999999999999996. */
    private static final double COUNT_EPSILON = 1e-9;

    private final TierLadder ladder;
    private final double[] cutoffs;

    private TierCutoffs(TierLadder ladder, double[] cutoffs) {
        this.ladder = ladder;
        this.cutoffs = cutoffs;
    }

    /** Cut-offs a run already resolved, one per tier of the ladder in rank order. */
    public static TierCutoffs of(TierLadder ladder, double[] cutoffs) {
        if (cutoffs.length != ladder.size()) {
            throw new IllegalArgumentException(
                    cutoffs.length + " cut-offs for a ladder of " + ladder.size() + " tiers");
        }
        return new TierCutoffs(ladder, cutoffs.clone());
    }

    public static TierCutoffs resolve(TierLadder ladder, double[] valueIndex) {
        double[] cutoffs = new double[ladder.size()];
        if (ladder.kind() == TierLadder.Kind.ABSOLUTE) {
            for (int k = 0; k < ladder.lowestRank(); k++) {
                cutoffs[k] = ladder.thresholds().get(k);
            }
            return new TierCutoffs(ladder, cutoffs);
        }
        double[] sorted = valueIndex.clone();
        Arrays.parallelSort(sorted);
        int n = sorted.length;
        double cumulative = 0;
        for (int k = 0; k < ladder.lowestRank(); k++) {
            cumulative += ladder.thresholds().get(k);
            int count = (int) Math.floor(cumulative * n + COUNT_EPSILON);
            cutoffs[k] = count == 0 ? Double.POSITIVE_INFINITY : sorted[n - count];
        }
        return new TierCutoffs(ladder, cutoffs);
    }

    public TierLadder ladder() {
        return ladder;
    }

    /** The best tier whose cut-off the value index reaches. */
    public int rankFor(double valueIndex) {
        for (int k = 0; k < ladder.lowestRank(); k++) {
            if (valueIndex >= cutoffs[k]) {
                return k;
            }
        }
        return ladder.lowestRank();
    }

    /** Lowest value index qualifying for the tier: +infinity if no one can reach it in this base, 0 for the last. */
    public double cutoff(int rank) {
        return cutoffs[rank];
    }

    public boolean isReachable(int rank) {
        return Double.isFinite(cutoffs[rank]);
    }
}
