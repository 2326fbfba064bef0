package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.customer.TierChangeEntry;
import com.strata.customer.TierTimelines;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run retention on the real migrations: H2 here, the local PostgreSQL in a subclass. Fourteen completed APPLY
 * runs a month apart (the oldest 14 months back), an old PREVIEW and an old FAILED run; with 390 days and the latest
 * 12 applied kept, the two oldest APPLY runs (426 and 396 days old) and the PREVIEW go with their scores, and the
 * customer's tier history still reads every change.
 */
abstract class RunRetentionDatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final long CUSTOMER = 1;
    private static final long PREVIEW = 100;
    private static final long FAILED = 101;

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    RunRetentionDatabaseTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void fourteenMonthlyRuns() throws SQLException {
        db = database.create();
        execute("INSERT INTO customer (id, code, name, kind, status) VALUES (" + CUSTOMER
                + ", 'C1', 'Customer 1', 'PERSON', 'ACTIVE')");
        String[] tiers = {"Bronze", "Silver"};
        for (int run = 1; run <= 14; run++) {
            LocalDate started = TODAY.minusMonths(15 - run);
            run(run, "APPLY", "COMPLETED", started);
            score(run);
            // Every run moves the customer between two tiers, so each one has a change in the history.
            execute("INSERT INTO tier_change (run_id, customer_id, from_tier, to_tier, reason, changed_on) VALUES ("
                    + run + ", " + CUSTOMER + ", '" + tiers[run % 2] + "', '" + tiers[(run + 1) % 2]
                    + "', 'SCORE', DATE '" + started + "')");
        }
        run(PREVIEW, "PREVIEW", "COMPLETED", TODAY.minusDays(500));
        score(PREVIEW);
        run(FAILED, "APPLY", "FAILED", TODAY.minusDays(450));
        score(FAILED);
    }

    @AfterEach
    void close() throws SQLException {
        if (db != null) {
            db.close();
            database.drop();
        }
    }

    @Test
    void oldRunsGoWithTheirScoresTheLatestAppliedStayAndTheTierHistoryStillReads() throws SQLException {
        RunRetentionRule rule = new RunRetentionRule(390, 12);

        List<Long> expired = rule.expired(db, TODAY);
        for (long run : expired) {
            RunRetentionRule.delete(db, run);
        }

        assertEquals(List.of(1L, 2L, PREVIEW), expired, "the two oldest APPLY runs (14 and 13 months) and the preview");
        assertEquals(
                List.of("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", String.valueOf(FAILED)),
                MigratedDatabases.rows(db, "SELECT id FROM classification_run ORDER BY id"));
        assertEquals(
                MigratedDatabases.rows(db, "SELECT id FROM classification_run ORDER BY id"),
                MigratedDatabases.rows(db, "SELECT DISTINCT run_id FROM customer_score ORDER BY run_id"),
                "the scores went with their runs");
        List<TierChangeEntry> history = TierTimelines.read(db, CUSTOMER, List.of("Silver", "Bronze"));
        assertEquals(14, history.size(), "every published change, those of deleted runs too: " + history);
        assertEquals(1L, history.get(13).runId());
    }

    @Test
    void theLatestAppliedRunsStayHoweverOldAndAFailedRunIsNeverDeleted() throws SQLException {
        assertEquals(List.of(), new RunRetentionRule(500, 1).expired(db, TODAY), "nothing is 500 days old yet");
        assertEquals(List.of(1L, PREVIEW), new RunRetentionRule(30, 13).expired(db, TODAY));
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, PREVIEW),
                new RunRetentionRule(1, 1).expired(db, TODAY),
                "only the latest applied run and the failed one stay");
    }

    private void run(long id, String mode, String status, LocalDate started) throws SQLException {
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (" + id + ", '" + mode + "', '" + status + "', 1, DATE '" + started
                + "', 'test', TIMESTAMP '"
                + started + " 02:00:00')");
    }

    private void score(long run) throws SQLException {
        execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score, bg_x,"
                + " bg_t_x, bg_t, segment, stage, historical_clv, predicted_clv, churn_risk, churn_warning,"
                + " value_index, current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning, window_amount) VALUES (" + run + ", " + CUSTOMER
                + ", 1, 1, 1, 1, 1, 0, 0, 0, 'X', 'MATURE', 0, 0, 0.5, false, 1, 1, 1, 1, 'Gold', 'Gold', false, 1)");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
