package com.strata.scoring.clv;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What Gamma-Gamma needs from each repeat customer: x (repeat purchase days) and m (mean spend per repeat purchase
 * day). Only customers with x > 0 and m > 0 belong here; returns can make m zero or negative, and such customers are
 * left out by the caller. Per distinct x the count and the sum of ln m are kept, so the likelihood needs one
 * logarithm per customer per evaluation.
 */
public final class SpendData {

    private final int[] repeats;
    private final double[] totalSpend;
    private final int[] distinctRepeats;
    private final double[] countPerRepeats;
    private final double[] logMeanSumPerRepeats;

    public SpendData(int[] x, double[] meanSpend) {
        if (x.length != meanSpend.length) {
            throw new IllegalArgumentException(
                    "x and mean spend need one entry per customer; got " + x.length + " and " + meanSpend.length);
        }
        this.repeats = x.clone();
        this.totalSpend = new double[x.length];
        int maxX = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 1 || !(meanSpend[i] > 0) || Double.isInfinite(meanSpend[i])) {
                throw new IllegalArgumentException("customer " + i + ": Gamma-Gamma needs x >= 1 and a positive mean "
                        + "spend, got x = " + x[i] + ", m = " + meanSpend[i]);
            }
            totalSpend[i] = x[i] * meanSpend[i];
            maxX = Math.max(maxX, x[i]);
        }
        double[] count = new double[maxX + 1];
        double[] logSum = new double[maxX + 1];
        for (int i = 0; i < x.length; i++) {
            count[x[i]]++;
            logSum[x[i]] += Math.log(meanSpend[i]);
        }
        this.distinctRepeats =
                IntStream.rangeClosed(1, maxX).filter(v -> count[v] > 0).toArray();
        this.countPerRepeats =
                Arrays.stream(distinctRepeats).mapToDouble(v -> count[v]).toArray();
        this.logMeanSumPerRepeats =
                Arrays.stream(distinctRepeats).mapToDouble(v -> logSum[v]).toArray();
    }

    /** Every {@code stride}-th customer: a cheap stand-in for the base when searching for a starting point. */
    SpendData sample(int stride) {
        int size = (repeats.length + stride - 1) / stride;
        int[] x = new int[size];
        double[] mean = new double[size];
        for (int k = 0; k < size; k++) {
            x[k] = repeats[k * stride];
            mean[k] = totalSpend[k * stride] / x[k];
        }
        return new SpendData(x, mean);
    }

    public int customers() {
        return repeats.length;
    }

    int[] repeats() {
        return repeats;
    }

    double[] totalSpend() {
        return totalSpend;
    }

    int[] distinctRepeats() {
        return distinctRepeats;
    }

    double[] countPerRepeats() {
        return countPerRepeats;
    }

    double[] logMeanSumPerRepeats() {
        return logMeanSumPerRepeats;
    }

    /**
     * Spearman's rank correlation between x and mean spend, ties at their mean rank; NaN when either does not vary.
     * Ranks rather than values, so one customer spending thousands of times the rest cannot make or hide it.
     */
    double frequencySpendRankCorrelation() {
        int n = repeats.length;
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = totalSpend[i] / repeats[i];
        }
        return pearson(repeatRanks(), midRanks(mean));
    }

    /** Mid-ranks of x from the counts per distinct x, without sorting. */
    private double[] repeatRanks() {
        double[] rankOf = new double[distinctRepeats[distinctRepeats.length - 1] + 1];
        double below = 0;
        for (int k = 0; k < distinctRepeats.length; k++) {
            rankOf[distinctRepeats[k]] = below + (countPerRepeats[k] + 1) / 2;
            below += countPerRepeats[k];
        }
        double[] ranks = new double[repeats.length];
        for (int i = 0; i < repeats.length; i++) {
            ranks[i] = rankOf[repeats[i]];
        }
        return ranks;
    }

    /** 1-based ranks, equal values sharing the mean of their ranks; a sorted copy and binary searches, no boxing. */
    private static double[] midRanks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = firstIndexOf(sorted, values[i]);
            int last = firstIndexOf(sorted, Math.nextUp(values[i])) - 1;
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    /** The index of the first element not below {@code value}. */
    private static int firstIndexOf(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double pearson(double[] a, double[] b) {
        int n = a.length;
        double meanA = Arrays.stream(a).sum() / n;
        double meanB = Arrays.stream(b).sum() / n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : Double.NaN;
    }

    /** Mean of the customers' mean spends: the starting guess for the population mean. */
    double averageMeanSpend() {
        double sum = 0;
        for (int i = 0; i < repeats.length; i++) {
            sum += totalSpend[i] / repeats[i];
        }
        return sum / repeats.length;
    }
}
