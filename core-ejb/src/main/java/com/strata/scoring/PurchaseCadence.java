package com.strata.scoring;

import java.util.Arrays;

/**
 * A customer's usual gap between purchase days: t_x / x in days for a repeat customer. A customer with a single
 * purchase day has no gap of their own, so the median over the base's repeat customers stands in; if nobody in the
 * base has bought twice, {@value #FALLBACK_DAYS} days.
 */
final class PurchaseCadence {

    static final double FALLBACK_DAYS = 90;

    private final CustomerColumns base;
    private final double baseMedian;

    PurchaseCadence(CustomerColumns base) {
        this.base = base;
        double[] gaps = new double[base.size];
        int count = 0;
        for (int i = 0; i < base.size; i++) {
            if (base.purchased[i] && base.repeats[i] > 0) {
                gaps[count++] = (double) base.spanDays[i] / base.repeats[i];
            }
        }
        if (count == 0) {
            baseMedian = FALLBACK_DAYS;
        } else {
            double[] sorted = Arrays.copyOf(gaps, count);
            Arrays.parallelSort(sorted);
            baseMedian = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
        }
    }

    double usualGapDays(int i) {
        return base.repeats[i] > 0 ? (double) base.spanDays[i] / base.repeats[i] : baseMedian;
    }

    boolean isOwnGap(int i) {
        return base.repeats[i] > 0;
    }

    double baseMedianDays() {
        return baseMedian;
    }
}
