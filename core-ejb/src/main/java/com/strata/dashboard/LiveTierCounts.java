package com.strata.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live tier mix, kept in {@code live_tier_count} by the two writers of live tiers rather than grouped per view, so
 * the dashboard reads five rows and the counts equal {@code customer_tier} at every commit. An override approval moves
 * one customer between two counts and counts the move in {@code live_tier_moves}. An APPLY run's publish step, in the
 * transaction of its tier switch, adds the run's migration matrix: its snapshot read each customer's live tier and its
 * MERGE replaces exactly the ones that differ from the assigned tier, so the matrix's off-diagonal cells are the moves
 * the MERGE makes. That holds only if no override moved a tier after the snapshot read it, which the move count tells;
 * if one did, the step counts {@code customer_tier} again (one pass over the narrow table, about 0.5 s for a million
 * rows on a loaded 2-core machine).
 */
public final class LiveTierCounts {

    private static final String ADD = """
            MERGE INTO live_tier_count t
            USING (SELECT CAST(? AS VARCHAR(32)) AS tier) v ON t.tier = v.tier
            WHEN MATCHED THEN UPDATE SET customers = t.customers + ?
            WHEN NOT MATCHED THEN INSERT (tier, customers) VALUES (v.tier, ?)
            """;

    private LiveTierCounts() {}

    /** Counts every live tier again. */
    public static void recount(Connection db) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM live_tier_count");
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO live_tier_count (tier, customers) SELECT tier, COUNT(*) FROM customer_tier"
                                + " GROUP BY tier")) {
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    /** How many single moves the counts have taken so far: a run notes it before its snapshot reads live tiers. */
    public static long moves(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT moves FROM live_tier_moves WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * After an APPLY run switched the live tiers: adds its migration when no single move happened since its snapshot
     * ({@code movesAtSnapshot}; null when the run did not note it), else counts again. Answers whether it counted.
     */
    public static boolean afterRun(Connection db, Long movesAtSnapshot, Map<String, Long> migrationChanges)
            throws SQLException {
        if (movesAtSnapshot == null || movesAtSnapshot != moves(db)) {
            recount(db);
            return true;
        }
        for (Map.Entry<String, Long> change : migrationChanges.entrySet()) {
            add(db, change.getKey(), change.getValue());
        }
        return false;
    }

    /**
     * Per tier, how many customers a migration matrix adds (negative: removes); {@code noTier} names the row of
     * customers without a tier before. Cells on the diagonal change nothing.
     */
    public static Map<String, Long> changes(
            List<String> from, List<String> to, List<List<Long>> counts, String noTier) {
        Map<String, Long> changes = new LinkedHashMap<>();
        for (int r = 0; r < from.size(); r++) {
            for (int c = 0; c < to.size(); c++) {
                long moved = counts.get(r).get(c);
                if (moved == 0 || from.get(r).equals(to.get(c))) {
                    continue;
                }
                if (!from.get(r).equals(noTier)) {
                    changes.merge(from.get(r), -moved, Long::sum);
                }
                changes.merge(to.get(c), moved, Long::sum);
            }
        }
        changes.values().removeIf(change -> change == 0);
        return changes;
    }

    /** One customer's live tier went from {@code from} (null: none) to {@code to}, in the caller's transaction. */
    public static void moved(Connection db, String from, String to) throws SQLException {
        if (to.equals(from)) {
            return;
        }
        if (from != null) {
            add(db, from, -1);
        }
        add(db, to, 1);
        try (PreparedStatement count =
                db.prepareStatement("UPDATE live_tier_moves SET moves = moves + 1 WHERE id = 1")) {
            count.executeUpdate();
        }
    }

    private static void add(Connection db, String tier, long customers) throws SQLException {
        try (PreparedStatement add = db.prepareStatement(ADD)) {
            add.setString(1, tier);
            add.setLong(2, customers);
            add.setLong(3, customers);
            add.executeUpdate();
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
