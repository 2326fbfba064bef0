package com.strata.web.dashboard;

import com.strata.dashboard.DashboardView;
import com.strata.dashboard.Dashboards;
import com.strata.dashboard.RunFigures;
import com.strata.runs.RunSummary;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.service.TierServicePolicies;
import com.strata.service.TierServicePolicyView;
import com.strata.web.runs.MigrationHeatmap;
import com.strata.web.shell.LocaleSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard page ({@code analytics/dashboard.xhtml}): the latest applied run's figures from {@link Dashboards},
 * turned into charts and tables in the reader's language, each figure with the link to its customers.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Dashboards dashboards;

    @Inject
    private LocaleSelection language;

    @Inject
    private TierServicePolicies tierPolicies;

    private DashboardView view;

    /**
     * Tier display names in {@link #namesLocale}, read again when the reader switches language. Not the request's
     * {@code TierNames}: the language switch is a postback, and the tables are visited before it in that request.
     */
    private Map<String, String> names = Map.of();

    private Locale namesLocale;

    public record TierRow(
            String tier,
            String name,
            long customers,
            double customerShare,
            double revenue,
            double revenueShare,
            double predictedClv,
            double clvShare,
            long churnWarnings,
            double valueAtRisk,
            String link,
            String riskLink)
            implements Serializable {}

    public record ParetoRow(RunFigures.ParetoPoint point, String revenueLink, String clvLink) implements Serializable {}

    public record BucketRow(String label, long customers, double total, String link) implements Serializable {}

    public record StageRow(String stage, String name, long customers, double revenue, String link)
            implements Serializable {}

    public record LiveRow(String name, long customers, String link) implements Serializable {}

    public record TrendRow(long runId, String asOf, List<Long> customers) implements Serializable {}

    public void load() {
        view = dashboards.view();
    }

    public DashboardView getView() {
        return view;
    }

    public RunFigures getFigures() {
        return view == null ? null : view.figures();
    }

    public boolean isNewerRunGoing() {
        return view != null
                && !view.going().isEmpty()
                && (view.run() == null || view.going().get(0).id() > view.run().id());
    }

    public String tierName(String tier) {
        Locale locale = language.getLocale();
        if (!locale.equals(namesLocale)) {
            names = tierPolicies.current().stream()
                    .collect(Collectors.toMap(TierServicePolicyView::tier, p -> p.displayName(locale)));
            namesLocale = locale;
        }
        return names.getOrDefault(tier, tier);
    }

    public String segmentName(Segment segment) {
        return language.isChinese() ? segment.chinese() : segment.english();
    }

    public String stageName(LifecycleStage stage) {
        return language.isChinese() ? stage.chinese() : stage.english();
    }

    public List<TierRow> getTierRows() {
        RunFigures f = getFigures();
        if (f == null) {
            return List.of();
        }
        return f.tiers().stream()
                .map(t -> new TierRow(
                        t.tier(),
                        tierName(t.tier()),
                        t.customers(),
                        DashboardCharts.percent(t.customers(), f.customers()),
                        t.revenue(),
                        DashboardCharts.percent(t.revenue(), f.revenue()),
                        t.predictedClv(),
                        DashboardCharts.percent(t.predictedClv(), f.predictedClv()),
                        t.churnWarnings(),
                        t.valueAtRisk(),
                        DashboardLinks.customers("tier", t.tier()),
                        DashboardLinks.customers("tier", t.tier(), "churn", "true")))
                .toList();
    }

    public List<LiveRow> getLiveRows() {
        return view.liveTiers().stream()
                .map(t -> new LiveRow(tierName(t.tier()), t.customers(), DashboardLinks.customers("tier", t.tier())))
                .toList();
    }

    public String getTierChart() {
        return DashboardCharts.tierShares(
                getFigures(),
                this::tierName,
                text("dashboard.customerShare"),
                text("dashboard.revenueShare"),
                text("dashboard.clvShare"),
                text("dashboard.percent"));
    }

    /** Top customers by revenue: monetary at least the least of them spent (the policy's monetary is the sum). */
    public List<ParetoRow> getParetoRows() {
        return getFigures().pareto().stream()
                .map(p -> new ParetoRow(
                        p,
                        DashboardLinks.audience("monetaryMin", DashboardLinks.plain(p.revenueFloor())),
                        DashboardLinks.audience("clvMin", DashboardLinks.plain(p.clvFloor()))))
                .toList();
    }

    public String getParetoChart() {
        return DashboardCharts.pareto(
                getFigures(),
                text("dashboard.revenueShare"),
                text("dashboard.clvShare"),
                text("dashboard.pareto.equal"),
                text("dashboard.pareto.x"),
                text("dashboard.pareto.y"));
    }

    public MigrationHeatmap getMigration() {
        RunSummary.MigrationMatrix migration = view.migration();
        return migration == null ? null : MigrationHeatmap.of(migration);
    }

    public String customersOfTier(String tier) {
        return DashboardLinks.customers("tier", tier);
    }

    public List<String> getTrendTiers() {
        return view.liveTiers().stream().map(DashboardView.TierCount::tier).toList();
    }

    public List<TrendRow> getTrendRows() {
        List<String> tiers = getTrendTiers();
        return view.trend().stream()
                .map(p -> new TrendRow(
                        p.runId(),
                        p.asOf().toString(),
                        tiers.stream()
                                .map(tier -> p.tiers().stream()
                                        .filter(c -> c.tier().equals(tier))
                                        .mapToLong(DashboardView.TierCount::customers)
                                        .sum())
                                .toList()))
                .toList();
    }

    public String getTrendChart() {
        return DashboardCharts.trend(
                view.trend(), getTrendTiers(), this::tierName, text("dashboard.trend.x"), text("dashboard.customers"));
    }

    public GridHeatmap getGrid() {
        return GridHeatmap.of(getFigures().grid(), this::segmentName);
    }

    public List<BucketRow> getClvRows() {
        return getFigures().clv().stream()
                .map(b -> new BucketRow(
                        clvLabel(b),
                        b.customers(),
                        b.total(),
                        DashboardLinks.audience(
                                "clvMin", DashboardLinks.plain(b.low()), "clvMax", DashboardLinks.plain(b.high()))))
                .toList();
    }

    public String getClvChart() {
        return DashboardCharts.buckets(
                getFigures().clv(),
                this::clvLabel,
                text("dashboard.customers"),
                DashboardCharts.TEAL,
                text("dashboard.clv.x"),
                text("dashboard.customers"));
    }

    public List<BucketRow> getChurnRows() {
        return getFigures().churn().stream()
                .map(b -> new BucketRow(
                        churnLabel(b),
                        b.customers(),
                        b.total(),
                        DashboardLinks.audience(
                                "churnMin", DashboardLinks.plain(b.low()), "churnMax", DashboardLinks.plain(b.high()))))
                .toList();
    }

    public String getChurnChart() {
        return DashboardCharts.buckets(
                getFigures().churn(),
                this::churnLabel,
                text("dashboard.customers"),
                DashboardCharts.RED,
                text("dashboard.churn.x"),
                text("dashboard.customers"));
    }

    public List<StageRow> getStageRows() {
        return getFigures().stages().stream()
                .map(s -> new StageRow(
                        s.stage().name(),
                        stageName(s.stage()),
                        s.customers(),
                        s.revenue(),
                        DashboardLinks.customers("stage", s.stage().name())))
                .toList();
    }

    public String getFunnelChart() {
        List<StageRow> rows = getStageRows();
        return DashboardCharts.funnel(
                rows.stream().map(StageRow::name).toList(),
                rows.stream().map(StageRow::customers).toList(),
                text("dashboard.customers"),
                text("dashboard.customers"));
    }

    public String getRiskChart() {
        return DashboardCharts.valueAtRisk(
                getFigures(), this::tierName, text("dashboard.valueAtRisk"), text("dashboard.valueAtRisk"));
    }

    public double getTotalValueAtRisk() {
        return getFigures().tiers().stream()
                .mapToDouble(RunFigures.TierFigure::valueAtRisk)
                .sum();
    }

    private String clvLabel(RunFigures.Bucket bucket) {
        NumberFormat number = NumberFormat.getIntegerInstance(language.getLocale());
        return bucket.high() == null
                ? "≥ " + number.format(bucket.low())
                : number.format(bucket.low()) + "–" + number.format(bucket.high());
    }

    private String churnLabel(RunFigures.Bucket bucket) {
        double high = bucket.high() == null ? 1 : bucket.high();
        return String.format(language.getLocale(), "%.1f–%.1f", bucket.low(), high);
    }

    private static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
