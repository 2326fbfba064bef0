package com.strata.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What an APPLY run changes live once every score is written: each customer's tier and count of runs qualifying
 * lower, in one set-based statement inside the publish step's transaction, so the base takes the run's tiers all at
 * once or not at all. Applying the same run again changes nothing more.
 */
final class TierApplication {

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

    private static final String RECORDED_CHANGES = "SELECT COUNT(*) FROM tier_change WHERE run_id = ?";

    private TierApplication() {}

    /** Sets the live tiers the run's written scores assign. */
    static void apply(Connection connection, long runId, LocalDate asOf) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(UPDATE_LIVE_TIERS)) {
            merge.setLong(1, runId);
            merge.setDate(2, Date.valueOf(asOf));
            merge.setDate(3, Date.valueOf(asOf));
            merge.executeUpdate();
        }
    }

    /** How many tier changes the run's score step recorded. */
    static long recordedChanges(Connection connection, long runId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(RECORDED_CHANGES)) {
            count.setLong(1, runId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
