package com.strata.dashboard;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a run's dashboard figures from its scores, one customer at a time, in memory: the publish step feeds it the
 * scored run it already holds, so the figures cost no pass over the written rows; a run stored before the dashboard
 * feeds it its score rows once. Revenue is summed in cents, so sums are exact and independent of order.
 */
public final class FigureTally {

    /** The shares of customers (from the top) at which the Pareto curves are read. */
    static final double[] PARETO_SHARES = {
        0.01, 0.02, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 1.00
    };

    private final Map<String, TierSums> tiers = new LinkedHashMap<>();
    private final Map<Integer, CellSums> grid = new TreeMap<>();
    private final Map<LifecycleStage, StageSums> stages = new EnumMap<>(LifecycleStage.class);
    private final TreeMap<Integer, long[]> clvBuckets = new TreeMap<>();
    private final long[] churnCustomers = new long[FigureBuckets.CHURN_BUCKETS];
    private final double[] churnRisk = new double[FigureBuckets.CHURN_BUCKETS];
    private double[] revenues;
    private double[] clvs;
    private int customers;
    private long revenueCents;
    private double predictedClv;
    private long clvNotPredicted;

    /** {@code ladder} orders the tiers (highest first); {@code expected} sizes the arrays the Pareto curves sort. */
    public FigureTally(List<String> ladder, int expected) {
        ladder.forEach(tier -> tiers.put(tier, new TierSums()));
        for (LifecycleStage stage : LifecycleStage.values()) {
            stages.put(stage, new StageSums());
        }
        revenues = new double[Math.max(expected, 16)];
        clvs = new double[revenues.length];
    }

    /**
     * One customer's score.
     *
     * @param windowAmount revenue in the policy's window
     * @param predicted predicted CLV; NaN when the models could not predict it
     */
    public void add(
            String tier,
            int r,
            int f,
            Segment segment,
            LifecycleStage stage,
            double windowAmount,
            double predicted,
            double risk,
            boolean churnWarning) {
        long cents = Math.round(windowAmount * 100);
        double clv = Double.isNaN(predicted) ? 0 : predicted;
        TierSums t = tiers.computeIfAbsent(tier, k -> new TierSums());
        t.customers++;
        t.revenueCents += cents;
        t.clv += clv;
        if (churnWarning) {
            t.churnWarnings++;
            t.valueAtRisk += clv;
        }
        CellSums cell = grid.computeIfAbsent(r * 10 + f, k -> new CellSums());
        cell.customers++;
        cell.revenueCents += cents;
        cell.segments.merge(segment, 1L, Long::sum);
        StageSums s = stages.computeIfAbsent(stage, k -> new StageSums());
        s.customers++;
        s.revenueCents += cents;
        if (Double.isNaN(predicted)) {
            clvNotPredicted++;
        } else {
            long[] bucket = clvBuckets.computeIfAbsent(FigureBuckets.clvBucket(predicted), k -> new long[2]);
            bucket[0]++;
            bucket[1] += Math.round(predicted * 100);
        }
        int c = FigureBuckets.churnBucket(risk);
        churnCustomers[c]++;
        churnRisk[c] += risk;
        if (customers == revenues.length) {
            revenues = Arrays.copyOf(revenues, customers * 2);
            clvs = Arrays.copyOf(clvs, customers * 2);
        }
        revenues[customers] = cents / 100.0;
        clvs[customers] = clv;
        customers++;
        revenueCents += cents;
        predictedClv += clv;
    }

    public RunFigures figures() {
        return new RunFigures(
                customers,
                revenueCents / 100.0,
                predictedClv,
                tierFigures(),
                pareto(),
                gridCells(),
                clvFigures(),
                clvNotPredicted,
                churnFigures(),
                stages.entrySet().stream()
                        .map(e -> new RunFigures.StageFigure(
                                e.getKey(), e.getValue().customers, e.getValue().revenueCents / 100.0))
                        .toList());
    }

    private List<RunFigures.TierFigure> tierFigures() {
        return tiers.entrySet().stream()
                .map(e -> {
                    TierSums t = e.getValue();
                    return new RunFigures.TierFigure(
                            e.getKey(), t.customers, t.revenueCents / 100.0, t.clv, t.churnWarnings, t.valueAtRisk);
                })
                .toList();
    }

    /** Both measures sorted from the largest; the curve is read at each share of customers, rounded up. */
    private List<RunFigures.ParetoPoint> pareto() {
        if (customers == 0) {
            return List.of();
        }
        double[] revenue = descending(revenues);
        double[] clv = descending(clvs);
        double revenueTotal = revenueCents / 100.0;
        List<RunFigures.ParetoPoint> points = new ArrayList<>();
        int from = 0;
        double revenueSum = 0;
        double clvSum = 0;
        for (double share : PARETO_SHARES) {
            int top = (int) Math.max(1, Math.ceil(share * customers - 1e-9));
            if (top <= from) {
                continue;
            }
            for (int i = from; i < top; i++) {
                revenueSum += revenue[i];
                clvSum += clv[i];
            }
            from = top;
            points.add(new RunFigures.ParetoPoint(
                    (double) top / customers,
                    top,
                    revenueTotal == 0 ? 0 : Math.min(1, revenueSum / revenueTotal),
                    revenue[top - 1],
                    predictedClv == 0 ? 0 : Math.min(1, clvSum / predictedClv),
                    clv[top - 1]));
        }
        return List.copyOf(points);
    }

    private double[] descending(double[] values) {
        double[] sorted = Arrays.copyOf(values, customers);
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double swap = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swap;
        }
        return sorted;
    }

    private List<RunFigures.GridCell> gridCells() {
        return grid.entrySet().stream()
                .map(e -> new RunFigures.GridCell(
                        e.getKey() / 10,
                        e.getKey() % 10,
                        e.getValue().customers,
                        e.getValue().revenueCents / 100.0,
                        e.getValue().segments.entrySet().stream()
                                .sorted(Map.Entry.<Segment, Long>comparingByValue(Comparator.reverseOrder())
                                        .thenComparing(Map.Entry.comparingByKey()))
                                .map(s -> new RunFigures.SegmentCount(s.getKey(), s.getValue()))
                                .toList()))
                .toList();
    }

    /** Every bucket from the lowest to the highest one holding a customer, empty ones included, so the axis is even. */
    private List<RunFigures.Bucket> clvFigures() {
        if (clvBuckets.isEmpty()) {
            return List.of();
        }
        List<RunFigures.Bucket> buckets = new ArrayList<>();
        int last = clvBuckets.lastKey();
        for (int b = clvBuckets.firstKey(); b <= last; b++) {
            long[] sums = clvBuckets.getOrDefault(b, new long[2]);
            buckets.add(new RunFigures.Bucket(
                    FigureBuckets.clvLow(b), b == last ? null : FigureBuckets.clvHigh(b), sums[0], sums[1] / 100.0));
        }
        return List.copyOf(buckets);
    }

    private List<RunFigures.Bucket> churnFigures() {
        List<RunFigures.Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < FigureBuckets.CHURN_BUCKETS; b++) {
            buckets.add(new RunFigures.Bucket(
                    FigureBuckets.churnLow(b),
                    b == FigureBuckets.CHURN_BUCKETS - 1 ? null : FigureBuckets.churnHigh(b),
                    churnCustomers[b],
                    churnRisk[b]));
        }
        return List.copyOf(buckets);
    }

    private static final class TierSums {
        private long customers;
        private long revenueCents;
        private double clv;
        private long churnWarnings;
        private double valueAtRisk;
    }

    private static final class CellSums {
        private long customers;
        private long revenueCents;
        private final Map<Segment, Long> segments = new EnumMap<>(Segment.class);
    }

    private static final class StageSums {
        private long customers;
        private long revenueCents;
    }
}
