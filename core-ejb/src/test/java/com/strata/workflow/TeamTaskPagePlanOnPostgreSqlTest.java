package com.strata.workflow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A supervisor's task inbox pages the open tasks of several owners by due date and id. PostgreSQL must read that page
 * in order from an index and stop after it, not sort every open task of the team (at a million customers 56,000 rows
 * and 130-160 ms per page). Skipped, saying why, on a machine without the local PostgreSQL.
 */
class TeamTaskPagePlanOnPostgreSqlTest {

    private final MigratedDatabases.PostgreSqlSchema database = new MigratedDatabases.PostgreSqlSchema();
    private Connection db;

    @BeforeEach
    void base() throws SQLException {
        db = database.create();
        try (Statement sql = db.createStatement()) {
            // 25 owners of 40,000 customers with one open task each, due over the next 90 days.
            sql.execute("INSERT INTO app_user (username, display_name, password_hash, created_at)"
                    + " SELECT 'm' || i, 'm' || i, 'x', CURRENT_TIMESTAMP FROM generate_series(1, 25) i");
            sql.execute("INSERT INTO customer (id, code, name, kind, status, account_manager)"
                    + " SELECT i, 'C' || i, 'Customer ' || i, 'PERSON', 'ACTIVE', 'm' || (1 + i % 25)"
                    + " FROM generate_series(1, 40000) i");
            sql.execute("INSERT INTO task (customer_id, rule_id, owner, status, due_on, opened_on, episode_open)"
                    + " SELECT i, 1, 'm' || (1 + i % 25), 'OPEN', DATE '2026-12-01' + i % 90, DATE '2026-11-01', 1"
                    + " FROM generate_series(1, 40000) i");
            sql.execute("ANALYZE task");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
        database.drop();
    }

    @Test
    void aTeamsFirstPageOfOpenTasksIsReadInDueOrderWithoutSortingTheTeamsTasks() throws SQLException {
        String plan = plan("SELECT t.id FROM task t WHERE t.owner IN ('m1', 'm2', 'm3', 'm4', 'm5', 'm6')"
                + " AND t.status = 'OPEN' AND t.due_on > DATE '2026-12-02'"
                + " ORDER BY t.due_on, t.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY");

        assertFalse(plan.contains("Sort"), plan);
        assertTrue(plan.contains("ix_task_status_due_id"), plan);
    }

    @Test
    void aManagersOwnPageStaysOnTheOwnersIndex() throws SQLException {
        String plan = plan("SELECT t.id FROM task t WHERE t.owner = 'm1' AND t.status = 'OPEN'"
                + " ORDER BY t.due_on, t.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY");

        assertFalse(plan.contains("Sort"), plan);
        assertTrue(plan.contains("ix_task_owner_status_due_id"), plan);
    }

    private String plan(String query) throws SQLException {
        return String.join("\n", MigratedDatabases.rows(db, "EXPLAIN " + query));
    }
}
