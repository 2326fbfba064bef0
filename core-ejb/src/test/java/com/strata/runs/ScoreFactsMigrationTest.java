package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V5 on a database that already holds runs: live tiers move to customer_tier, tier changes keep their rows under
 * their new key, older scores stay, and failed runs can be abandoned. On H2 and on the local PostgreSQL.
 */
class ScoreFactsMigrationTest {

    @Test
    void anExistingH2DatabaseKeepsItsTiersAndChanges() throws SQLException {
        String url = MigratedDatabases.h2Url();
        upgrade(url, "sa");
    }

    @Test
    void anExistingPostgreSqlDatabaseKeepsItsTiersAndChanges() throws SQLException {
        MigratedDatabases.PostgreSqlSchema schema = new MigratedDatabases.PostgreSqlSchema();
        String url = schema.createEmpty();
        try {
            upgrade(url, "postgres");
        } finally {
            schema.drop();
        }
    }

    private static void upgrade(String url, String user) throws SQLException {
        MigratedDatabases.migrate(url, user, "4");
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO customer (id, code, name, kind, status, tier, tier_lower_runs, tier_since)"
                    + " VALUES (1, 'C1', 'One', 'PERSON', 'ACTIVE', 'Gold', 1, DATE '2026-03-31')");
            sql.execute("INSERT INTO customer (id, code, name, kind, status) VALUES (2, 'C2', 'Two', 'PERSON',"
                    + " 'ACTIVE')");
            sql.execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by,"
                    + " started_at) VALUES (7, 'APPLY', 'FAILED', 1, DATE '2026-03-31', 'admin', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO tier_change (run_id, customer_id, from_tier, to_tier, reason, changed_on)"
                    + " VALUES (7, 1, 'Silver', 'Gold', 'UPGRADED', DATE '2026-03-31')");
            sql.execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score,"
                    + " m_score, bg_x, bg_t_x, bg_t, segment, stage, historical_clv, churn_risk, churn_warning,"
                    + " value_index, current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                    + " downgrade_warning, explanation) VALUES (7, 1, 3, 120, 4, 3, 4, 2, 10, 20, 'LOYAL', 'ACTIVE',"
                    + " 80, 0.1, FALSE, 70, 70, 70, 70, 'Gold', 'Gold', FALSE, '[]')");
        }

        MigratedDatabases.migrate(url, user, null);

        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement sql = db.createStatement()) {
            assertEquals(
                    List.of("1 Gold 1 2026-03-31"),
                    MigratedDatabases.rows(
                            db,
                            "SELECT customer_id, tier, tier_lower_runs, tier_since FROM customer_tier ORDER BY customer_id"));
            assertEquals(
                    List.of("7 1 Silver Gold UPGRADED 2026-03-31"),
                    MigratedDatabases.rows(
                            db, "SELECT run_id, customer_id, from_tier, to_tier, reason, changed_on FROM tier_change"));
            assertEquals(
                    List.of("7 1 Gold null"),
                    MigratedDatabases.rows(
                            db, "SELECT run_id, customer_id, assigned_tier, stage_rule FROM customer_score"));
            sql.execute("UPDATE classification_run SET status = 'ABANDONED' WHERE id = 7");
        }
    }
}
