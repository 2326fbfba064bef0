package com.strata.dashboard;

/**
 * Where a value falls on the dashboard's distributions. Predicted CLV on a log scale in half decades with round edges
 * (below 10, 10–30, 30–100, 100–300, …), so a base whose values span five orders of magnitude reads as one chart;
 * churn risk in ten buckets of 0.1.
 */
public final class FigureBuckets {

    public static final int CHURN_BUCKETS = 10;

    /** From 10^20 up: no CLV reaches it, and an infinite one still lands somewhere. */
    private static final int LAST_CLV_BUCKET = 39;

    /** Computed once: a run looks a bucket up for every customer. */
    private static final double[] CLV_EDGES = java.util.stream.IntStream.rangeClosed(0, LAST_CLV_BUCKET + 1)
            .mapToDouble(FigureBuckets::edge)
            .toArray();

    private FigureBuckets() {}

    /** 0 for anything below 10 (zero and negative included), then 1 for 10–30, 2 for 30–100, 3 for 100–300, … */
    public static int clvBucket(double clv) {
        // Compared with each round edge as a filter "clv >= 1000" would; log10 rounds 999.9999999999999 up to 3.
        int bucket = 0;
        while (bucket < LAST_CLV_BUCKET && clv >= clvLow(bucket + 1)) {
            bucket++;
        }
        return bucket;
    }

    /** The lower edge of a CLV bucket: 0, 10, 30, 100, 300, … */
    public static double clvLow(int bucket) {
        return CLV_EDGES[bucket];
    }

    private static double edge(int bucket) {
        if (bucket == 0) {
            return 0;
        }
        int decade = (bucket + 1) / 2;
        double power = Math.pow(10, decade);
        return bucket % 2 == 1 ? power : 3 * power;
    }

    /** The upper edge (exclusive) of a CLV bucket. */
    public static double clvHigh(int bucket) {
        return clvLow(bucket + 1);
    }

    /** 0 for 0–0.1, …, 9 for 0.9–1 (1 included). */
    public static int churnBucket(double risk) {
        // Compared with each edge as a filter "risk >= 0.3" would, not floor(risk * 10): 0.3 * 10 is not exactly 3.
        int bucket = 0;
        while (bucket < CHURN_BUCKETS - 1 && risk >= churnLow(bucket + 1)) {
            bucket++;
        }
        return bucket;
    }

    public static double churnLow(int bucket) {
        return bucket / (double) CHURN_BUCKETS;
    }

    public static double churnHigh(int bucket) {
        return (bucket + 1) / (double) CHURN_BUCKETS;
    }
}
