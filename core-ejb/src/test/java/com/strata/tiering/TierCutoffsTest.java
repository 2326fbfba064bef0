package com.strata.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.strata.policy.TierLadder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierCutoffsTest {

    private static int[] countPerTier(TierCutoffs cutoffs, double[] values) {
        int[] counts = new int[cutoffs.ladder().size()];
        for (double value : values) {
            counts[cutoffs.rankFor(value)]++;
        }
        return counts;
    }

    @Test
    void defaultSharesPutOnePercentInDiamondAndHalfTheBaseInBronze() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i / 10.0;
        }

        TierCutoffs cutoffs = TierCutoffs.resolve(TierLadder.defaults(), values);

        assertEquals(
                List.of(10, 40, 150, 300, 500),
                java.util.Arrays.stream(countPerTier(cutoffs, values)).boxed().toList());
        assertEquals(99.0, cutoffs.cutoff(0));
    }

    @Test
    void customersTiedAtACutoffShareTheHigherTier() {
        double[] values = {90, 80, 80, 80, 10, 10, 10, 10, 10, 10};
        TierLadder ladder = TierLadder.topShares(List.of("Gold", "Silver", "Bronze"), List.of(0.2, 0.3));

        TierCutoffs cutoffs = TierCutoffs.resolve(ladder, values);

        // Gold's 20% is two customers, Silver's cumulative 50% five; the ties carry three and six customers up.
        assertEquals(80.0, cutoffs.cutoff(0));
        assertEquals(10.0, cutoffs.cutoff(1));
        assertEquals(
                List.of(4, 6, 0),
                java.util.Arrays.stream(countPerTier(cutoffs, values)).boxed().toList());
    }

    @Test
    void inATinyBaseTiersSmallerThanOneCustomerAreUnreachable() {
        double[] values = {10, 20, 30, 40, 50};

        TierCutoffs cutoffs = TierCutoffs.resolve(TierLadder.defaults(), values);

        assertFalse(cutoffs.isReachable(0));
        assertFalse(cutoffs.isReachable(1));
        assertEquals(
                List.of(0, 0, 1, 1, 3),
                java.util.Arrays.stream(countPerTier(cutoffs, values)).boxed().toList());
    }

    @Test
    void absoluteThresholdsIgnoreTheRestOfTheBase() {
        TierLadder ladder = TierLadder.absolute(List.of("A", "B", "C"), List.of(70.0, 40.0));

        TierCutoffs cutoffs = TierCutoffs.resolve(ladder, new double[] {99, 98, 97});

        assertEquals(0, cutoffs.rankFor(70));
        assertEquals(1, cutoffs.rankFor(69.9));
        assertEquals(2, cutoffs.rankFor(39.9));
    }
}
