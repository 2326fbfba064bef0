package com.strata.scoring;

import com.strata.policy.RfmBinning;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * R, F and M scores 1-5 for the whole base, by the policy's binning (see {@link RfmBinning} for the exact rules).
 * Customers who never bought have the worst recency.
 */
final class RfmScores {

    final int[] recency;
    final int[] frequency;
    final int[] monetary;

    private RfmScores(int size) {
        recency = new int[size];
        frequency = new int[size];
        monetary = new int[size];
    }

    static RfmScores of(CustomerColumns base, RfmBinning binning) {
        RfmScores scores = new RfmScores(base.size);
        double[] recencyDays = new double[base.size];
        for (int i = 0; i < base.size; i++) {
            recencyDays[i] = base.purchased[i] ? base.recencyDays[i] : Double.POSITIVE_INFINITY;
        }
        if (binning instanceof RfmBinning.FixedCutoffs cutoffs) {
            IntStream.range(0, base.size).parallel().forEach(i -> {
                scores.recency[i] = 5 - countBelow(cutoffs.recencyDays(), recencyDays[i]);
                scores.frequency[i] = 1 + countAtOrBelow(cutoffs.frequency(), base.frequency[i]);
                scores.monetary[i] = 1 + countAtOrBelow(cutoffs.monetary(), base.monetary[i]);
            });
        } else {
            Runnable[] dimensions = {
                () -> quintiles(recencyDays, false, scores.recency),
                () -> quintiles(base.frequency, true, scores.frequency),
                () -> quintiles(base.monetary, true, scores.monetary)
            };
            Arrays.stream(dimensions).parallel().forEach(Runnable::run);
        }
        return scores;
    }

    /** 1 + floor(5 * (better-side mid-rank) / n), in exact integer arithmetic so boundaries never wobble. */
    private static void quintiles(double[] values, boolean higherIsBetter, int[] out) {
        PercentileRanks ranks = PercentileRanks.of(values);
        long twiceN = 2 * ranks.known();
        IntStream.range(0, values.length).parallel().forEach(i -> {
            long twice = ranks.twiceMidRank(i);
            long better = higherIsBetter ? twice : twiceN - twice;
            out[i] = (int) Math.min(5, 1 + 5 * better / twiceN);
        });
    }

    private static int countBelow(List<Double> cutoffs, double value) {
        int count = 0;
        for (double cutoff : cutoffs) {
            if (value > cutoff) {
                count++;
            }
        }
        return count;
    }

    private static int countAtOrBelow(List<Double> cutoffs, double value) {
        int count = 0;
        for (double cutoff : cutoffs) {
            if (value >= cutoff) {
                count++;
            }
        }
        return count;
    }
}
