package com.strata.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What an APPLY run changes live, once every score is written, in set-based statements: a tier change for each
 * customer whose tier moved from the one the run's snapshot saw, and each customer's live tier and count of runs
 * qualifying lower. They run in one transaction, so the base takes the run's tiers all at once or not at all, and
 * applying the same run again changes nothing more.
 */
final class TierApplication {

    private static final String DELETE_CHANGES = "DELETE FROM tier_change WHERE run_id = ?";
    private static final String INSERT_CHANGES = """
            INSERT INTO tier_change (run_id, customer_id, from_tier, to_tier, reason, approved_by, changed_on)
            SELECT s.run_id, s.customer_id, i.tier, s.assigned_tier, s.tier_rule, NULL, ?
            FROM customer_score s JOIN run_input i ON i.run_id = s.run_id AND i.customer_id = s.customer_id
            WHERE s.run_id = ? AND (i.tier IS NULL OR i.tier <> s.assigned_tier)
            """;
    /** MERGE, not INSERT ... ON CONFLICT: the one form both H2 and PostgreSQL (15 and later) understand. */
    private static final String UPDATE_LIVE_TIERS = """
            MERGE INTO customer_tier t
            USING (SELECT s.customer_id, s.assigned_tier, s.tier_lower_runs
                   FROM customer_score s JOIN run_input i ON i.run_id = s.run_id AND i.customer_id = s.customer_id
                   WHERE s.run_id = ? AND (i.tier IS NULL OR i.tier <> s.assigned_tier
                       OR i.tier_lower_runs <> s.tier_lower_runs)) u
            ON t.customer_id = u.customer_id
            WHEN MATCHED THEN UPDATE SET tier = u.assigned_tier, tier_lower_runs = u.tier_lower_runs,
                tier_since = CASE WHEN t.tier <> u.assigned_tier THEN ? ELSE t.tier_since END
            WHEN NOT MATCHED THEN INSERT (customer_id, tier, tier_lower_runs, tier_since)
                VALUES (u.customer_id, u.assigned_tier, u.tier_lower_runs, ?)
            """;

    private TierApplication() {
    }

    /** Applies the run's written scores; returns how many customers changed tier. */
    static int apply(Connection connection, long runId, LocalDate asOf) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_CHANGES)) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
        int changes;
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGES)) {
            insert.setDate(1, Date.valueOf(asOf));
            insert.setLong(2, runId);
            changes = insert.executeUpdate();
        }
        try (PreparedStatement merge = connection.prepareStatement(UPDATE_LIVE_TIERS)) {
            merge.setLong(1, runId);
            merge.setDate(2, Date.valueOf(asOf));
            merge.setDate(3, Date.valueOf(asOf));
            merge.executeUpdate();
        }
        return changes;
    }
}
