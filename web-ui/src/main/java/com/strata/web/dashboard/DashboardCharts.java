package com.strata.web.dashboard;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.dashboard.DashboardView;
import com.strata.dashboard.RunFigures;
import com.strata.web.charts.ChartConfig;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The dashboard's Chart.js configurations, as data ({@code p:chart} takes them as JSON). */
final class DashboardCharts {

    static final String NAVY = "#1f3a5f";
    static final String AMBER = "#f59e0b";
    static final String TEAL = "#0d6e6e";
    static final String RED = "#b91c1c";
    private static final String[] TIER_COLOURS = {"#4c1d95", "#64748b", "#ca8a04", "#94a3b8", "#b45309", "#0f766e"};

    private DashboardCharts() {}

    /** Per tier, its share of customers, of window revenue and of predicted CLV, in percent. */
    static String tierShares(
            RunFigures figures,
            UnaryOperator<String> tierName,
            String customers,
            String revenue,
            String clv,
            String y) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder customerShares = JSON.createArrayBuilder();
        JsonArrayBuilder revenueShares = JSON.createArrayBuilder();
        JsonArrayBuilder clvShares = JSON.createArrayBuilder();
        for (RunFigures.TierFigure tier : figures.tiers()) {
            labels.add(tierName.apply(tier.tier()));
            customerShares.add(percent(tier.customers(), figures.customers()));
            revenueShares.add(percent(tier.revenue(), figures.revenue()));
            clvShares.add(percent(tier.predictedClv(), figures.predictedClv()));
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.bar(customers, customerShares, NAVY))
                .add(ChartConfig.bar(revenue, revenueShares, AMBER))
                .add(ChartConfig.bar(clv, clvShares, TEAL));
        return ChartConfig.chart("bar", labels, datasets, ChartConfig.xy("", y));
    }

    /**
     * Cumulative share of revenue and of predicted CLV held by the top share of customers, with equality's line; the
     * x axis is linear, so the uneven shares (1 %, 2 %, 5 %, 10 % …) sit where they belong.
     */
    static String pareto(RunFigures figures, String revenue, String clv, String equal, String x, String y) {
        JsonArrayBuilder revenueLine = JSON.createArrayBuilder().add(point(0, 0));
        JsonArrayBuilder clvLine = JSON.createArrayBuilder().add(point(0, 0));
        for (RunFigures.ParetoPoint p : figures.pareto()) {
            revenueLine.add(point(p.customerShare() * 100, p.revenueShare() * 100));
            clvLine.add(point(p.customerShare() * 100, p.clvShare() * 100));
        }
        JsonArrayBuilder equalLine = JSON.createArrayBuilder().add(point(0, 0)).add(point(100, 100));
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(ChartConfig.line(revenue, revenueLine, AMBER, false).add("pointRadius", 3))
                .add(ChartConfig.line(clv, clvLine, TEAL, false).add("pointRadius", 3))
                .add(ChartConfig.line(equal, equalLine, "#94a3b8", true));
        JsonObjectBuilder scales = ChartConfig.xy(x, y);
        scales.add(
                "x",
                JSON.createObjectBuilder()
                        .add("type", "linear")
                        .add("min", 0)
                        .add("max", 100)
                        .add("title", ChartConfig.title(x)));
        return ChartConfig.chart("line", JSON.createArrayBuilder(), datasets, scales);
    }

    private static JsonObjectBuilder point(double x, double y) {
        return JSON.createObjectBuilder().add("x", round(x)).add("y", round(y));
    }

    /** Customers per tier after each APPLY run, one line per tier of the latest run's ladder. */
    static String trend(
            List<DashboardView.TrendPoint> trend,
            List<String> tiers,
            UnaryOperator<String> tierName,
            String x,
            String y) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        trend.forEach(point -> labels.add(point.asOf() + " (#" + point.runId() + ")"));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int t = 0; t < tiers.size(); t++) {
            String tier = tiers.get(t);
            JsonArrayBuilder counts = JSON.createArrayBuilder();
            for (DashboardView.TrendPoint point : trend) {
                counts.add(point.tiers().stream()
                        .filter(c -> c.tier().equals(tier))
                        .mapToLong(DashboardView.TierCount::customers)
                        .sum());
            }
            datasets.add(ChartConfig.line(tierName.apply(tier), counts, TIER_COLOURS[t % TIER_COLOURS.length], false)
                    .add("pointRadius", 4));
        }
        return ChartConfig.chart("line", labels, datasets, ChartConfig.xy(x, y));
    }

    /** Customers per bucket as bars. */
    static String buckets(
            List<RunFigures.Bucket> buckets,
            Function<RunFigures.Bucket, String> label,
            String series,
            String colour,
            String x,
            String y) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (RunFigures.Bucket bucket : buckets) {
            labels.add(label.apply(bucket));
            counts.add(bucket.customers());
        }
        JsonObjectBuilder bars = ChartConfig.bar(series, counts, colour).add("barPercentage", 1.0);
        return ChartConfig.chart("bar", labels, JSON.createArrayBuilder().add(bars), ChartConfig.xy(x, y));
    }

    /** Lifecycle stages from new to churned as bars running across, the funnel read from the top. */
    static String funnel(List<String> stages, List<Long> customers, String series, String x) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (int i = 0; i < stages.size(); i++) {
            labels.add(stages.get(i));
            counts.add(customers.get(i));
        }
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("beginAtZero", true).add("title", ChartConfig.title(x)));
        return ChartConfig.horizontalBars(
                labels, JSON.createArrayBuilder().add(ChartConfig.bar(series, counts, NAVY)), scales);
    }

    /** Predicted CLV of customers with a churn warning, per tier. */
    static String valueAtRisk(RunFigures figures, UnaryOperator<String> tierName, String series, String y) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (RunFigures.TierFigure tier : figures.tiers()) {
            labels.add(tierName.apply(tier.tier()));
            values.add(round(tier.valueAtRisk()));
        }
        return ChartConfig.chart(
                "bar",
                labels,
                JSON.createArrayBuilder().add(ChartConfig.bar(series, values, RED)),
                ChartConfig.xy("", y));
    }

    static double percent(double part, double whole) {
        return whole == 0 ? 0 : round(part * 100 / whole);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
