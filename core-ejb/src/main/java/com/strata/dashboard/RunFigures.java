package com.strata.dashboard;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.io.Serializable;
import java.util.List;

/**
 * What one run's scores amount to on the dashboard, counted by {@link FigureTally}. Revenue is the customers' window
 * amount; predicted CLV counts 0 for a customer the models could not predict. Stored with the run as JSON by
 * {@link RunFiguresTable}, whose member names are these component names.
 *
 * @param clvNotPredicted customers without a predicted CLV (kept out of the CLV buckets)
 */
public record RunFigures(
        long customers,
        double revenue,
        double predictedClv,
        List<TierFigure> tiers,
        List<ParetoPoint> pareto,
        List<GridCell> grid,
        List<Bucket> clv,
        long clvNotPredicted,
        List<Bucket> churn,
        List<StageFigure> stages)
        implements Serializable {

    /** Value at risk = predicted CLV of the tier's customers with a churn warning. */
    public record TierFigure(
            String tier, long customers, double revenue, double predictedClv, long churnWarnings, double valueAtRisk)
            implements Serializable {}

    /**
     * The top {@code customers} (share {@code customerShare}) by window revenue hold {@code revenueShare} of revenue,
     * and the least of them spent {@code revenueFloor}; likewise the top ones by predicted CLV.
     */
    public record ParetoPoint(
            double customerShare,
            long customers,
            double revenueShare,
            double revenueFloor,
            double clvShare,
            double clvFloor)
            implements Serializable {}

    /** One R × F cell: its customers, their revenue, and the segments they fell into, the largest first. */
    public record GridCell(int r, int f, long customers, double revenue, List<SegmentCount> segments)
            implements Serializable {}

    public record SegmentCount(Segment segment, long customers) implements Serializable {}

    /** Customers whose measure is at least {@code low} and below {@code high} (no upper bound when null). */
    public record Bucket(double low, Double high, long customers, double total) implements Serializable {}

    public record StageFigure(LifecycleStage stage, long customers, double revenue) implements Serializable {}
}
