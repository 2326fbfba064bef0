package com.strata.runs;

import com.strata.policy.TierLadder;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run amounts to, computed by the database from the stored scores: customers and revenue per tier, customers
 * per segment and stage, and the tier-migration matrix from each customer's live tier before the run to the tier
 * the run assigned (for a PREVIEW, what applying it would do).
 */
final class RunSummaries {

    /** Row and column label for customers who had no tier before the run. */
    static final String NO_TIER = "(none)";

    private static final String BY_TIER = """
            SELECT s.assigned_tier, COUNT(*), SUM(i.window_amount)
            FROM customer_score s JOIN run_input i ON i.run_id = s.run_id AND i.customer_id = s.customer_id
            WHERE s.run_id = ? GROUP BY s.assigned_tier
            """;
    private static final String BY_SEGMENT =
            "SELECT segment, COUNT(*) FROM customer_score WHERE run_id = ? GROUP BY segment ORDER BY segment";
    private static final String BY_STAGE =
            "SELECT stage, COUNT(*) FROM customer_score WHERE run_id = ? GROUP BY stage ORDER BY stage";
    private static final String MIGRATION = """
            SELECT i.tier, s.assigned_tier, COUNT(*)
            FROM customer_score s JOIN run_input i ON i.run_id = s.run_id AND i.customer_id = s.customer_id
            WHERE s.run_id = ? GROUP BY i.tier, s.assigned_tier
            """;
    private static final String CHANGES = "SELECT COUNT(*) FROM tier_change WHERE run_id = ?";
    private static final String WARNINGS = """
            SELECT SUM(CASE WHEN downgrade_warning THEN 1 ELSE 0 END), SUM(CASE WHEN churn_warning THEN 1 ELSE 0 END)
            FROM customer_score WHERE run_id = ?
            """;

    private RunSummaries() {
    }

    record Summary(String json, long tierChanges) {
    }

    static Summary of(Connection connection, long runId, RunMode mode, TierLadder ladder) throws SQLException {
        Map<String, long[]> migration = new LinkedHashMap<>();
        long changes = 0;
        try (PreparedStatement select = connection.prepareStatement(MIGRATION)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String from = row.getString(1) == null ? NO_TIER : row.getString(1);
                    String to = row.getString(2);
                    long count = row.getLong(3);
                    migration.computeIfAbsent(from, f -> new long[ladder.size()])[ladder.rankOf(to)] += count;
                    if (!from.equals(to)) {
                        changes += count;
                    }
                }
            }
        }
        if (mode == RunMode.APPLY) {
            changes = single(connection, CHANGES, runId);
        }
        JsonObjectBuilder summary = Json.createObjectBuilder()
                .add("tiers", byTier(connection, runId, ladder))
                .add("segments", counts(connection, BY_SEGMENT, runId, "segment"))
                .add("stages", counts(connection, BY_STAGE, runId, "stage"))
                .add("migration", matrix(ladder, migration))
                .add("tierChanges", changes);
        try (PreparedStatement select = connection.prepareStatement(WARNINGS)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                summary.add("downgradeWarnings", row.getLong(1)).add("churnWarnings", row.getLong(2));
            }
        }
        return new Summary(summary.build().toString(), changes);
    }

    private static JsonArrayBuilder byTier(Connection connection, long runId, TierLadder ladder) throws SQLException {
        long[] customers = new long[ladder.size()];
        double[] revenue = new double[ladder.size()];
        try (PreparedStatement select = connection.prepareStatement(BY_TIER)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int rank = ladder.rankOf(row.getString(1));
                    customers[rank] = row.getLong(2);
                    revenue[rank] = row.getDouble(3);
                }
            }
        }
        JsonArrayBuilder tiers = Json.createArrayBuilder();
        for (int rank = 0; rank < ladder.size(); rank++) {
            tiers.add(Json.createObjectBuilder()
                    .add("tier", ladder.tier(rank))
                    .add("customers", customers[rank])
                    .add("revenue", Math.round(revenue[rank] * 100) / 100.0));
        }
        return tiers;
    }

    private static JsonArrayBuilder counts(Connection connection, String sql, long runId, String label)
            throws SQLException {
        JsonArrayBuilder counts = Json.createArrayBuilder();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.add(Json.createObjectBuilder().add(label, row.getString(1)).add("customers", row.getLong(2)));
                }
            }
        }
        return counts;
    }

    /**
     * Rows: tier before the run (the ladder, tiers an older policy named, then customers without one); columns: tier
     * after.
     */
    private static JsonObjectBuilder matrix(TierLadder ladder, Map<String, long[]> migration) {
        List<String> from = new ArrayList<>(ladder.tiers());
        migration.keySet().stream().filter(t -> !from.contains(t) && !t.equals(NO_TIER)).forEach(from::add);
        from.add(NO_TIER);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        JsonArrayBuilder fromLabels = Json.createArrayBuilder();
        for (String tier : from) {
            fromLabels.add(tier);
            JsonArrayBuilder row = Json.createArrayBuilder();
            long[] counts = migration.getOrDefault(tier, new long[ladder.size()]);
            for (long count : counts) {
                row.add(count);
            }
            rows.add(row);
        }
        JsonArrayBuilder toLabels = Json.createArrayBuilder();
        ladder.tiers().forEach(toLabels::add);
        return Json.createObjectBuilder().add("from", fromLabels).add("to", toLabels).add("counts", rows);
    }

    private static long single(Connection connection, String sql, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
