package com.strata.dashboard;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Scores run 1 to 5; the grid is indexed by r * 10 + f, so any score up to 9 still has its cell. */
    private static final int GRID = 100;

    private static final Segment[] SEGMENTS = Segment.values();
    private static final LifecycleStage[] STAGES = LifecycleStage.values();
    private static final int CLV_BUCKETS = 40;

    // Arrays indexed by cell, stage and bucket rather than maps of boxed keys: the publish step feeds a million scores.
    private final Map<String, TierSums> tiers = new LinkedHashMap<>();
    private final CellSums[] grid = new CellSums[GRID];
    private final long[] stageCustomers = new long[STAGES.length];
    private final long[] stageCents = new long[STAGES.length];
    private final long[] clvCustomers = new long[CLV_BUCKETS];
    private final long[] clvCents = new long[CLV_BUCKETS];
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
        TierSums t = tiers.get(tier);
        if (t == null) {
            t = new TierSums();
            tiers.put(tier, t);
        }
        t.customers++;
        t.revenueCents += cents;
        t.clv += clv;
        if (churnWarning) {
            t.churnWarnings++;
            t.valueAtRisk += clv;
        }
        int index = r * 10 + f;
        CellSums cell = grid[index];
        if (cell == null) {
            cell = new CellSums();
            grid[index] = cell;
        }
        cell.customers++;
        cell.revenueCents += cents;
        cell.segments[segment.ordinal()]++;
        stageCustomers[stage.ordinal()]++;
        stageCents[stage.ordinal()] += cents;
        if (Double.isNaN(predicted)) {
            clvNotPredicted++;
        } else {
            int bucket = FigureBuckets.clvBucket(predicted);
            clvCustomers[bucket]++;
            clvCents[bucket] += Math.round(predicted * 100);
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
                stageFigures());
    }

    private List<RunFigures.StageFigure> stageFigures() {
        List<RunFigures.StageFigure> figures = new ArrayList<>();
        for (LifecycleStage stage : STAGES) {
            figures.add(new RunFigures.StageFigure(
                    stage, stageCustomers[stage.ordinal()], stageCents[stage.ordinal()] / 100.0));
        }
        return List.copyOf(figures);
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

    /** Both measures sorted; the curve is read from the largest at each share of customers, rounded up. */
    private List<RunFigures.ParetoPoint> pareto() {
        if (customers == 0) {
            return List.of();
        }
        double[] revenue = Arrays.copyOf(revenues, customers);
        double[] clv = Arrays.copyOf(clvs, customers);
        Arrays.sort(revenue);
        Arrays.sort(clv);
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
                revenueSum += revenue[customers - 1 - i];
                clvSum += clv[customers - 1 - i];
            }
            from = top;
            points.add(new RunFigures.ParetoPoint(
                    (double) top / customers,
                    top,
                    revenueTotal == 0 ? 0 : Math.min(1, revenueSum / revenueTotal),
                    revenue[customers - top],
                    predictedClv == 0 ? 0 : Math.min(1, clvSum / predictedClv),
                    clv[customers - top]));
        }
        return List.copyOf(points);
    }

    private List<RunFigures.GridCell> gridCells() {
        List<RunFigures.GridCell> cells = new ArrayList<>();
        for (int index = 0; index < GRID; index++) {
            CellSums cell = grid[index];
            if (cell == null) {
                continue;
            }
            List<RunFigures.SegmentCount> segments = new ArrayList<>();
            for (Segment segment : SEGMENTS) {
                if (cell.segments[segment.ordinal()] > 0) {
                    segments.add(new RunFigures.SegmentCount(segment, cell.segments[segment.ordinal()]));
                }
            }
            // The largest first; List.sort is stable, so equal counts keep the segments' declared order.
            segments.sort(
                    Comparator.comparingLong(RunFigures.SegmentCount::customers).reversed());
            cells.add(new RunFigures.GridCell(
                    index / 10, index % 10, cell.customers, cell.revenueCents / 100.0, List.copyOf(segments)));
        }
        return List.copyOf(cells);
    }

    /** Every bucket from the lowest to the highest one holding a customer, empty ones included, so the axis is even. */
    private List<RunFigures.Bucket> clvFigures() {
        int first = 0;
        while (first < CLV_BUCKETS && clvCustomers[first] == 0) {
            first++;
        }
        if (first == CLV_BUCKETS) {
            return List.of();
        }
        int last = CLV_BUCKETS - 1;
        while (clvCustomers[last] == 0) {
            last--;
        }
        List<RunFigures.Bucket> buckets = new ArrayList<>();
        for (int b = first; b <= last; b++) {
            buckets.add(new RunFigures.Bucket(
                    FigureBuckets.clvLow(b),
                    b == last ? null : FigureBuckets.clvHigh(b),
                    clvCustomers[b],
                    clvCents[b] / 100.0));
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
        private final long[] segments = new long[SEGMENTS.length];
    }
}
