package com.strata.dashboard;

import com.strata.policy.versions.ClassificationPolicyVersion;
import com.strata.runs.AppliedRun;
import com.strata.runs.RunCatalog;
import com.strata.runs.RunSummary;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dashboard across runs for analysts, supervisors and administrators: the latest APPLY run's stored figures, the
 * migration into it, tier counts after each recent APPLY run, the live tier mix and any run going now. Reads a
 * handful of short rows, whatever the size of the base; the figures of a run published before the dashboard existed
 * are counted from its scores once, on the first view that needs them.
 */
@Stateless
@RolesAllowed({Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN})
public class Dashboards {

    /** How many APPLY runs the trend line shows. */
    static final int TREND_RUNS = 12;

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private RunCatalog runs;

    public DashboardView view() {
        List<AppliedRun> applied = runs.applied(TREND_RUNS);
        List<RunView> going = runs.going();
        try (Connection db = dataSource.getConnection()) {
            Map<String, Long> live = LiveTierCounts.read(db);
            if (applied.isEmpty()) {
                return new DashboardView(null, null, null, null, null, List.of(), counts(List.of(), live), going);
            }
            AppliedRun latest = applied.get(0);
            List<String> ladder = ladder(latest.run().policyVersion());
            Optional<Stored> stored = stored(db, latest.run().id());
            if (stored.isEmpty()) {
                LocalDateTime now = LocalDateTime.now();
                RunFiguresTable.write(
                        db,
                        latest.run().id(),
                        RunFiguresTable.count(db, latest.run().id(), ladder),
                        now);
                stored = stored(db, latest.run().id());
            }
            RunSummary summary = latest.summary();
            return new DashboardView(
                    latest.run(),
                    stored.map(Stored::figures).orElse(null),
                    stored.map(Stored::computedAt).orElse(null),
                    summary == null ? null : summary.migration(),
                    applied.size() > 1 ? applied.get(1).run() : null,
                    trend(applied),
                    counts(ladder, live),
                    going);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dashboard's figures: " + e.getMessage(), e);
        }
    }

    private record Stored(RunFigures figures, LocalDateTime computedAt) {}

    private static Optional<Stored> stored(Connection db, long runId) throws SQLException {
        Optional<RunFigures> figures = RunFiguresTable.read(db, runId);
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement select = db.prepareStatement("SELECT computed_at FROM run_figures WHERE run_id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.of(new Stored(figures.get(), row.getTimestamp(1).toLocalDateTime()));
            }
        }
    }

    private List<String> ladder(int policyVersion) {
        return em.find(ClassificationPolicyVersion.class, policyVersion)
                .document()
                .policy()
                .tiers()
                .tiers();
    }

    /** Oldest first; runs kept before summaries existed are left out. */
    private static List<DashboardView.TrendPoint> trend(List<AppliedRun> applied) {
        List<DashboardView.TrendPoint> points = new ArrayList<>();
        for (int i = applied.size() - 1; i >= 0; i--) {
            AppliedRun run = applied.get(i);
            if (run.summary() != null) {
                points.add(new DashboardView.TrendPoint(
                        run.run().id(),
                        run.run().asOf(),
                        run.summary().tiers().stream()
                                .map(t -> new DashboardView.TierCount(t.tier(), t.customers()))
                                .toList()));
            }
        }
        return List.copyOf(points);
    }

    /** The ladder's tiers first (those without customers as 0), then tiers only an older policy named. */
    static List<DashboardView.TierCount> counts(List<String> ladder, Map<String, Long> live) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        ladder.forEach(tier -> ordered.put(tier, live.getOrDefault(tier, 0L)));
        live.forEach(ordered::putIfAbsent);
        return ordered.entrySet().stream()
                .map(e -> new DashboardView.TierCount(e.getKey(), e.getValue()))
                .toList();
    }
}
