package com.strata.runs;

import com.strata.audience.AudienceCells;
import com.strata.customer.CustomerFacets;
import com.strata.dashboard.LiveTierCounts;
import com.strata.dashboard.RunFigures;
import com.strata.dashboard.RunFiguresTable;
import com.strata.policy.versions.ClassificationPolicyVersion;
import com.strata.scoring.clv.HoldoutCheck;
import com.strata.scoring.clv.HoldoutHistories;
import com.strata.scoring.clv.HoldoutValidation;
import com.strata.system.StrataDataSource;
import com.strata.team.ManagerFiguresTable;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The steps of the reclassification job, as the job's artifacts call them: take the snapshot, fit and score it,
 * publish the summary, and record failures. Each step can run again after a failure without changing its outcome.
 */
@Stateless
@PermitAll
public class RunSteps {

    private static final Logger LOG = Logger.getLogger(RunSteps.class.getName());

    @PersistenceContext(unitName = "strata")
    private EntityManager em;

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RunScoring scoring;

    @EJB
    private CustomerFacets facets;

    public void running(long runId, long jobExecutionId) {
        run(runId).running(jobExecutionId);
    }

    /** The database aggregates every customer in one statement; a repeated step finds the run's first snapshot. */
    public int snapshot(long runId) {
        ClassificationRun run = run(runId);
        var policy = em.find(ClassificationPolicyVersion.class, run.getPolicyVersion())
                .document()
                .policy();
        try (Connection connection = dataSource.getConnection()) {
            noteLiveTierMoves(connection, runId);
            int customers = RunInputs.snapshot(connection, runId, run.getAsOf(), policy);
            run.snapshotTaken(customers);
            return customers;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not aggregate the customers of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** Fits the models on the whole snapshot and scores it; keeps the diagnostics with the run. */
    public void fit(long runId) {
        scoring.forget(runId);
        ScoredRun scored = scoring.scoredRun(runId);
        run(runId).fitted(ModelDiagnostics.of(scored.result().diagnostics()).withHoldout(holdoutCheck(scored)));
    }

    /** The purchase model fitted before the run's holdout weeks and tested on them. */
    private HoldoutCheck holdoutCheck(ScoredRun scored) {
        var clv = scored.policy().clv();
        try (Connection connection = dataSource.getConnection()) {
            HoldoutHistories histories =
                    HoldoutInputs.load(connection, scored.runId(), scored.asOf(), clv.holdoutWeeks());
            return new HoldoutValidation().check(histories, clv.timeUnit(), clv.holdoutWeeks());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not read the holdout history of run " + scored.runId() + ": " + e.getMessage(), e);
        }
    }

    /** How many customers the score step writes; after a restart this scores the snapshot again if needed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int customers(long runId) {
        return scoring.scoredRun(runId).size();
    }

    /**
     * Keeps the run's dashboard figures; for an APPLY run, changes the live tiers now that every score is written,
     * counts the live tier mix again and rewrites the Team page's figures from them; then keeps the run's summary. The
     * tier changes the score step recorded must be the ones the summary counts.
     */
    public void publish(long runId) {
        ClassificationRun run = run(runId);
        ScoredRun scored = scoring.scoredRun(runId);
        RunSummary summary = RunSummaries.of(scored);
        long figuresStarted = System.nanoTime();
        RunFigures figures = RunFigureCount.of(scored);
        try (Connection connection = dataSource.getConnection()) {
            analyseScores(connection, runId);
            RunFiguresTable.write(connection, runId, figures, LocalDateTime.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the figures of run " + runId + ": " + e.getMessage(), e);
        }
        LOG.info(() -> String.format(
                "Run %d: dashboard figures counted and kept in %d ms",
                runId, (System.nanoTime() - figuresStarted) / 1_000_000));
        if (run.getMode() == RunMode.APPLY) {
            try (Connection connection = dataSource.getConnection()) {
                TierApplication.apply(connection, runId, run.getAsOf());
                long countStarted = System.nanoTime();
                boolean recounted = LiveTierCounts.afterRun(
                        connection,
                        liveTierMovesAtSnapshot(connection, runId),
                        LiveTierCounts.changes(
                                summary.migration().from(),
                                summary.migration().to(),
                                summary.migration().counts(),
                                RunSummary.NO_TIER));
                LOG.info(() -> String.format(
                        "Run %d: dashboard live tier counts %s in %d ms",
                        runId,
                        recounted
                                ? "counted again (an override moved a tier during the run)"
                                : "moved by the migration",
                        (System.nanoTime() - countStarted) / 1_000_000));
                // Before the team figures: an override takes the live tier moves row first, then those figures.
                long cellsStarted = System.nanoTime();
                AudienceCells.build(connection, runId);
                LOG.info(() -> String.format(
                        "Run %d: audience cells built in %d ms",
                        runId, (System.nanoTime() - cellsStarted) / 1_000_000));
                ManagerFiguresTable.refreshAll(connection, runId);
                long recorded = TierApplication.recordedChanges(connection, runId);
                if (recorded != summary.tierChanges()) {
                    throw new IllegalStateException("Run " + runId + " recorded " + recorded + " tier changes where "
                            + summary.tierChanges() + " were scored");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not apply the tiers of run " + runId + ": " + e.getMessage(), e);
            }
        }
        if (run.getMode() == RunMode.APPLY) {
            primeFacets(runId);
        }
        run.completed(summary);
        scoring.forget(runId);
    }

    /**
     * Reads the customer filters' lists for the run before pages see it: otherwise the first portfolio views after
     * the run wait for those scans of the base (3-6 s under load at 1,000,000 customers).
     */
    private void primeFacets(long runId) {
        long started = System.nanoTime();
        facets.of(runId);
        LOG.info(() -> String.format(
                "Run %d: customer filter lists read in %d ms", runId, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Before an APPLY run's live tiers change, on PostgreSQL: vacuums the score table, outside any transaction (VACUUM
     * refuses one). Until then none of the run's million score rows is marked visible to all, so every index-only read
     * of them (a manager's portfolio count, the list's pages) fetched each row from the table as well; autovacuum
     * caught up only many minutes later on a busy server (a portfolio page took 4-7 s meanwhile). Done before the run
     * completes, as pages read its scores from then on. Only the pages the run wrote are visited. A failure is logged:
     * autovacuum does the same later.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tidyScores(long runId) {
        vacuum(runId, "score table", false, "VACUUM customer_score");
    }

    /**
     * After a completed APPLY run: vacuums the live tiers it rewrote and renews their statistics, before the playbook
     * pass reads them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tidyTiers(long runId) {
        vacuum(runId, "tier table", true, "VACUUM (ANALYZE) customer_tier");
    }

    /** After the playbook pass of a completed APPLY run: vacuums the tasks it wrote and renews their statistics. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tidyTasks(long runId) {
        vacuum(runId, "task table", true, "VACUUM (ANALYZE) task");
    }

    private void vacuum(long runId, String what, boolean completed, String statement) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement vacuum = connection.createStatement()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    || !applying(connection, runId, completed)) {
                return;
            }
            vacuum.execute(statement);
        } catch (SQLException e) {
            LOG.warning(
                    () -> "Run " + runId + ": vacuuming the " + what + " failed (autovacuum will): " + e.getMessage());
            return;
        }
        LOG.info(() ->
                String.format("Run %d: %s vacuumed in %d ms", runId, what, (System.nanoTime() - started) / 1_000_000));
    }

    private static boolean applying(Connection connection, long runId, boolean completed) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM classification_run WHERE id = ? AND mode = 'APPLY'"
                        + (completed ? " AND status = 'COMPLETED'" : ""))) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * On PostgreSQL, samples the score table again so that the planner knows the new run: until autovacuum got to
     * it, every read of the latest run (customer list, audiences, exports) was planned for one row, e.g. a manager's
     * churn-warning count walked all million score rows of the run through the primary key (25 s instead of well
     * under one). Only the run column, from a small sample (3,000 rows): its most common values are the kept runs,
     * which that sample finds, and it takes a second where sampling the whole table took 30 s under load. The
     * statistics become visible with the run's completion, in this transaction.
     */
    private static void analyseScores(Connection connection, long runId) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        long started = System.nanoTime();
        try (Statement analyse = connection.createStatement()) {
            analyse.execute("SET LOCAL default_statistics_target = 10");
            analyse.execute("ANALYZE customer_score (run_id)");
        }
        LOG.info(() -> String.format(
                "Run %d: score statistics sampled again in %d ms", runId, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Why a step failed, recorded at once in a transaction of its own (the step's own may be the one that failed).
     * Other partitions may still be writing, so the run is marked failed only when its job has ended.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteFailure(long runId, String reason) {
        run(runId).noteFailure(reason);
    }

    /** The job ended without completing; the first reason noted stays the run's failure. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long runId, String reason) {
        run(runId).failed(reason);
        scoring.forget(runId);
    }

    /**
     * Notes, before the snapshot reads live tiers, how many single moves the live tier counts have taken; a repeated
     * snapshot step keeps the first note, which belongs to the snapshot taken first.
     */
    private static void noteLiveTierMoves(Connection connection, long runId) throws SQLException {
        try (PreparedStatement note = connection.prepareStatement(
                "UPDATE classification_run SET live_tier_moves = ? WHERE id = ? AND live_tier_moves IS NULL")) {
            note.setLong(1, LiveTierCounts.moves(connection));
            note.setLong(2, runId);
            note.executeUpdate();
        }
    }

    private static Long liveTierMovesAtSnapshot(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT live_tier_moves FROM classification_run WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long moves = row.getLong(1);
                return row.wasNull() ? null : moves;
            }
        }
    }

    private ClassificationRun run(long runId) {
        return em.find(ClassificationRun.class, runId);
    }
}
