package com.strata.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live tier mix, kept in {@code live_tier_count} by the two writers of live tiers rather than grouped per view:
 * an APPLY run's publish step counts it again from {@code customer_tier} in the same transaction as its tier switch
 * (one index-only pass, next to the switch's own rewrite of the changed rows), and an override approval moves one
 * customer between two counts. So the dashboard reads five rows, and the counts equal {@code customer_tier} at every
 * commit.
 */
public final class LiveTierCounts {

    private static final String MOVE_IN = """
            MERGE INTO live_tier_count t
            USING (SELECT CAST(? AS VARCHAR(32)) AS tier) v ON t.tier = v.tier
            WHEN MATCHED THEN UPDATE SET customers = t.customers + 1
            WHEN NOT MATCHED THEN INSERT (tier, customers) VALUES (v.tier, 1)
            """;

    private LiveTierCounts() {}

    /** Counts every live tier again: after an APPLY run has switched the live tiers. */
    public static void recount(Connection db) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM live_tier_count");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO live_tier_count (tier, customers) SELECT tier, COUNT(*) FROM customer_tier"
                                + " GROUP BY tier")) {
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    /** One customer's live tier went from {@code from} (null: none) to {@code to}, in the caller's transaction. */
    public static void moved(Connection db, String from, String to) throws SQLException {
        if (to.equals(from)) {
            return;
        }
        if (from != null) {
            try (PreparedStatement out =
                    db.prepareStatement("UPDATE live_tier_count SET customers = customers - 1 WHERE tier = ?")) {
                out.setString(1, from);
                out.executeUpdate();
            }
        }
        try (PreparedStatement in = db.prepareStatement(MOVE_IN)) {
            in.setString(1, to);
            in.executeUpdate();
        }
    }

    /** Customers per live tier; tiers no customer holds are absent. */
    public static Map<String, Long> read(Connection db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement select =
                        db.prepareStatement("SELECT tier, customers FROM live_tier_count WHERE customers > 0");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        }
        return counts;
    }
}
