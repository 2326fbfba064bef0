package com.strata.scoring;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Mid-rank positions in the base: for a value v among m known values, {@code (worse + equal / 2) / m}, where
 * {@code worse} counts values on the worse side of v and {@code equal} those equal to v. Equal values get equal
 * positions; unknown values (NaN) stay unknown and do not count in m.
 *
 * <p>Ranks come from one LSD radix sort of (value, customer) pairs, with the doubles mapped to order-preserving
 * 64-bit keys, followed by one pass over runs of equal keys: linear time and sequential memory access, which matters
 * at a million customers per indicator.
 */
final class PercentileRanks {

    private static final int DIGIT_BITS = 16;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    /** Per customer 2 * (values below) + (values equal), or -1 where unknown: exact integers, no rounding. */
    private final long[] twiceMidRank;

    private final long known;

    /** The base's percentile curve; null when no value is known. */
    private final PercentileCurve curve;

    private PercentileRanks(long[] twiceMidRank, long known, PercentileCurve curve) {
        this.twiceMidRank = twiceMidRank;
        this.known = known;
        this.curve = curve;
    }

    static PercentileRanks of(double[] values) {
        int known = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                known++;
            }
        }
        long[] keys = new long[known];
        int[] owners = new int[known];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                keys[k] = sortableKey(values[i]);
                owners[k] = i;
                k++;
            }
        }
        radixSort(keys, owners);
        long[] twiceMidRank = new long[values.length];
        Arrays.fill(twiceMidRank, -1);
        double[] grid = new double[PercentileCurve.STEPS + 1];
        int step = 0;
        int start = 0;
        while (start < known) {
            int end = start + 1;
            while (end < known && keys[end] == keys[start]) {
                end++;
            }
            long twice = 2L * start + (end - start);
            for (int j = start; j < end; j++) {
                twiceMidRank[owners[j]] = twice;
            }
            // Grid points up to this value's position (twice / 2 known), compared in exact integers.
            while (step <= PercentileCurve.STEPS && 2L * known * step <= twice * PercentileCurve.STEPS) {
                grid[step++] = values[owners[start]];
            }
            start = end;
        }
        if (known == 0) {
            return new PercentileRanks(twiceMidRank, known, null);
        }
        Arrays.fill(grid, step, grid.length, values[owners[known - 1]]);
        return new PercentileRanks(twiceMidRank, known, PercentileCurve.ofGrid(known, grid));
    }

    /** The values' percentile curve, or null when none is known. */
    PercentileCurve curve() {
        return curve;
    }

    long known() {
        return known;
    }

    /** 2 * (values below the customer's) + (values equal to it), or -1 when the customer's value is unknown. */
    long twiceMidRank(int customer) {
        return twiceMidRank[customer];
    }

    /** Positions in (0, 1) for every customer, higher for larger values unless {@code higherIsBetter} is false. */
    double[] positions(boolean higherIsBetter) {
        double[] out = new double[twiceMidRank.length];
        double twiceKnown = 2.0 * known;
        IntStream.range(0, out.length).parallel().forEach(i -> {
            long twice = twiceMidRank[i];
            if (twice < 0) {
                out[i] = Double.NaN;
            } else {
                double position = twice / twiceKnown;
                out[i] = higherIsBetter ? position : 1 - position;
            }
        });
        return out;
    }

    /** Maps a double to a long whose signed order is the doubles' numeric order; -0.0 and 0.0 map alike. */
    private static long sortableKey(double value) {
        long bits = Double.doubleToLongBits(value == 0 ? 0.0 : value);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }

    /** Stable LSD radix sort on unsigned keys, carrying the owners along; digits all keys share are skipped. */
    private static void radixSort(long[] keys, int[] owners) {
        int n = keys.length;
        long[] keyBuffer = new long[n];
        int[] ownerBuffer = new int[n];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[(int) (key >>> shift) & (BUCKETS - 1)]++;
            }
            if (n == 0 || counts[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue;
            }
            int total = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = total;
                total += c;
            }
            for (int i = 0; i < n; i++) {
                int bucket = (int) (keys[i] >>> shift) & (BUCKETS - 1);
                int target = counts[bucket]++;
                keyBuffer[target] = keys[i];
                ownerBuffer[target] = owners[i];
            }
            System.arraycopy(keyBuffer, 0, keys, 0, n);
            System.arraycopy(ownerBuffer, 0, owners, 0, n);
        }
    }
}
