package com.strata.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's stored figures and live tier counts on the real migrations: H2 here, PostgreSQL in a subclass. */
abstract class DashboardDatabaseTest {

    private static final List<String> LADDER = List.of("Diamond", "Gold", "Bronze");

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    DashboardDatabaseTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() throws SQLException {
        db = database.create();
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void aRecountEqualsTheLiveTiers() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (2, 'Gold', 0, DATE '2026-01-01'),"
                + " (3, 'Bronze', 1, DATE '2026-01-01')");

        LiveTierCounts.recount(db);

        assertEquals(Map.of("Gold", 2L, "Bronze", 1L), LiveTierCounts.read(db));
    }

    @Test
    void anApprovedOverrideMovesOneCustomerBetweenTheCounts() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (2, 'Gold', 0, DATE '2026-01-01')");
        LiveTierCounts.recount(db);

        LiveTierCounts.moved(db, "Gold", "Diamond");
        LiveTierCounts.moved(db, null, "Bronze");
        LiveTierCounts.moved(db, "Gold", "Gold");

        assertEquals(Map.of("Gold", 1L, "Diamond", 1L, "Bronze", 1L), LiveTierCounts.read(db));
        LiveTierCounts.moved(db, "Gold", "Diamond");
        assertEquals(Map.of("Diamond", 2L, "Bronze", 1L), LiveTierCounts.read(db), "an emptied tier is not listed");
    }

    @Test
    void aRunAddsItsMigrationWhenNoOverrideMovedATierSinceItsSnapshot() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (2, 'Gold', 0, DATE '2026-01-01')");
        LiveTierCounts.recount(db);
        long atSnapshot = LiveTierCounts.moves(db);
        // The run moved customer 2 up and gave new customer 3 a tier, as its MERGE does.
        execute("UPDATE customer_tier SET tier = 'Diamond' WHERE customer_id = 2");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (3, 'Bronze', 0, DATE '2026-02-01')");

        boolean recounted = LiveTierCounts.afterRun(db, atSnapshot, Map.of("Gold", -1L, "Diamond", 1L, "Bronze", 1L));

        assertEquals(false, recounted);
        assertEquals(Map.of("Gold", 1L, "Diamond", 1L, "Bronze", 1L), LiveTierCounts.read(db));
    }

    @Test
    void aRunCountsAgainWhenAnOverrideMovedATierDuringIt() throws SQLException {
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since) VALUES"
                + " (1, 'Gold', 0, DATE '2026-01-01'), (2, 'Gold', 0, DATE '2026-01-01')");
        LiveTierCounts.recount(db);
        long atSnapshot = LiveTierCounts.moves(db);
        // An override pins customer 1 to Diamond after the snapshot read Gold; the run then moves it to Bronze.
        execute("UPDATE customer_tier SET tier = 'Diamond' WHERE customer_id = 1");
        LiveTierCounts.moved(db, "Gold", "Diamond");
        execute("UPDATE customer_tier SET tier = 'Bronze' WHERE customer_id = 1");

        boolean recounted = LiveTierCounts.afterRun(db, atSnapshot, Map.of("Gold", -1L, "Bronze", 1L));

        assertEquals(true, recounted);
        assertEquals(Map.of("Gold", 1L, "Bronze", 1L), LiveTierCounts.read(db));
        assertEquals(true, LiveTierCounts.afterRun(db, null, Map.of()), "a run that noted nothing counts again");
    }

    @Test
    void aStoredRunsFiguresAreCountedFromItsScoreRowsAndKeptOnce() throws SQLException {
        score(1, "Diamond", 5, 5, "CHAMPIONS", "MATURE", 1000.25, 3000.0, 0.05, false);
        score(2, "Bronze", 1, 1, "HIBERNATING", "CHURNED", 0, null, 0.95, true);
        score(3, "Bronze", 1, 2, "HIBERNATING", "DECLINING", 20.5, 40.0, 0.75, true);

        RunFigures counted = RunFiguresTable.count(db, 7, LADDER);
        RunFiguresTable.write(db, 7, counted, LocalDateTime.of(2026, 12, 1, 10, 0));
        RunFiguresTable.write(db, 7, new FigureTally(LADDER, 0).figures(), LocalDateTime.of(2026, 12, 2, 10, 0));

        RunFigures stored = RunFiguresTable.read(db, 7).orElseThrow();
        assertEquals(counted, stored, "the second write of the same run changes nothing");
        assertEquals(3, stored.customers());
        assertEquals(1020.75, stored.revenue(), 1e-9);
        RunFigures.TierFigure bronze = stored.tiers().get(2);
        assertEquals(2, bronze.customers());
        assertEquals(40, bronze.valueAtRisk(), 1e-9);
        assertEquals(1, stored.clvNotPredicted());
        assertTrue(RunFiguresTable.read(db, 8).isEmpty());
    }

    private void score(
            long customer,
            String tier,
            int r,
            int f,
            String segment,
            String stage,
            double windowAmount,
            Double predicted,
            double risk,
            boolean warning)
            throws SQLException {
        execute(String.format(
                java.util.Locale.ROOT,
                "INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score, bg_x,"
                        + " bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, churn_risk, churn_warning,"
                        + " value_index, current_value, potential_value, relationship_value, proposed_tier,"
                        + " assigned_tier, downgrade_warning, window_amount) VALUES (7, %d, 1, 1, %d, %d, 1, 0, 0, 0,"
                        + " '%s', '%s', 0, %s, %s, %s, 50, 0, 0, 0, '%s', '%s', FALSE, %s)",
                customer,
                r,
                f,
                segment,
                stage,
                predicted == null ? "NULL" : predicted.toString(),
                Double.toString(risk),
                warning ? "TRUE" : "FALSE",
                tier,
                tier,
                Double.toString(windowAmount)));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
