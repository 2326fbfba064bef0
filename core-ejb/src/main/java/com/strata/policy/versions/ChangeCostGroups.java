package com.strata.policy.versions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups {@link ChangeCost} prices: one grouped pass over a preview run's scores (by its primary key) against
 * the live tiers, so it reads each score row once whatever the size of the base and returns a few dozen rows.
 */
public final class ChangeCostGroups {

    static final String GROUPS = """
            SELECT t.tier, s.assigned_tier, c.account_manager, COUNT(*), SUM(COALESCE(s.window_amount, 0))
              FROM customer_score s
              JOIN customer c ON c.id = s.customer_id
              LEFT JOIN customer_tier t ON t.customer_id = s.customer_id
             WHERE s.run_id = ?
             GROUP BY t.tier, s.assigned_tier, c.account_manager""";

    private ChangeCostGroups() {}

    public static List<ChangeCost.Group> of(Connection db, long runId) throws SQLException {
        List<ChangeCost.Group> groups = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(GROUPS)) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    groups.add(new ChangeCost.Group(
                            row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getDouble(5)));
                }
            }
        }
        return groups;
    }
}
