package com.strata.scoring.clv;

import java.util.stream.IntStream;

/**
 * Sums per-item quantities over fixed-size chunks, in parallel, then adds the chunk totals in chunk order. The chunk
 * boundaries depend only on the item count, so the floating-point result is identical whatever the number of cores;
 * that keeps fits, and therefore runs, deterministic.
 */
final class ParallelSum {

    private static final int CHUNK = 1 << 15;

    /** Adds per-item quantities of items {@code from} (inclusive) to {@code to} (exclusive) into {@code sums}. */
    @FunctionalInterface
    interface RangeSums {
        void add(int from, int to, double[] sums);
    }

    private ParallelSum() {}

    /** Several sums over the same items in one pass, each added chunk by chunk in chunk order. */
    static double[] over(int items, int width, RangeSums body) {
        int chunks = Math.max(1, (items + CHUNK - 1) / CHUNK);
        double[][] partial = new double[chunks][width];
        IntStream.range(0, chunks)
                .parallel()
                .forEach(c -> body.add(c * CHUNK, Math.min(items, (c + 1) * CHUNK), partial[c]));
        double[] total = new double[width];
        for (double[] chunk : partial) {
            for (int k = 0; k < width; k++) {
                total[k] += chunk[k];
            }
        }
        return total;
    }
}
