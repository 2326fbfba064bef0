package com.strata.team;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Team page's figures for a list of account managers: customers per live tier with the latest applied run's
 * warnings and value at risk, as {@link ManagerFiguresTable} keeps them, and the overdue open tasks counted now (the
 * owner, status and due date index answers that at once). Nothing per customer leaves the database.
 */
final class TeamFigures {

    /** Read from the figures kept per manager and tier (V15), so a page view does not aggregate the base. */
    private static final String KEPT = """
            SELECT account_manager, tier, customers, downgrade_warnings, churn_warnings, value_at_risk
            FROM manager_figures WHERE account_manager IN (%s)
            """;

    private static final String OVERDUE = """
            SELECT owner, COUNT(*) FROM task
            WHERE status = 'OPEN' AND due_on < ? AND owner IN (%s)
            GROUP BY owner
            """;

    /** A manager's name and whether they may receive customers. */
    record Manager(String username, String displayName, boolean active) {}

    private TeamFigures() {}

    static List<ManagerFigures> of(Connection db, List<Manager> managers, List<String> tiers, LocalDate today)
            throws SQLException {
        if (managers.isEmpty()) {
            return List.of();
        }
        List<String> names = managers.stream().map(Manager::username).toList();
        String in = String.join(", ", Collections.nCopies(names.size(), "?"));
        Map<String, Map<String, Long>> perTier = new HashMap<>();
        Map<String, double[]> warnings = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(KEPT.formatted(in))) {
            bind(select, 1, names);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String manager = row.getString(1);
                    perTier.computeIfAbsent(manager, k -> new HashMap<>()).put(row.getString(2), row.getLong(3));
                    double[] sums = warnings.computeIfAbsent(manager, k -> new double[3]);
                    sums[0] += row.getLong(4);
                    sums[1] += row.getLong(5);
                    sums[2] += row.getDouble(6);
                }
            }
        }
        Map<String, Long> overdue = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(OVERDUE.formatted(in))) {
            select.setDate(1, Date.valueOf(today));
            bind(select, 2, names);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    overdue.put(row.getString(1), row.getLong(2));
                }
            }
        }
        return managers.stream()
                .map(m -> figures(m, perTier.getOrDefault(m.username(), Map.of()), tiers, warnings, overdue))
                .toList();
    }

    private static ManagerFigures figures(
            Manager manager,
            Map<String, Long> perTier,
            List<String> tiers,
            Map<String, double[]> warnings,
            Map<String, Long> overdue) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String tier : tiers) {
            ordered.put(tier, perTier.getOrDefault(tier, 0L));
        }
        // A live tier an older ladder named still counts, after the ladder's own.
        perTier.forEach((tier, count) -> {
            if (!tier.isEmpty() && !ordered.containsKey(tier)) {
                ordered.put(tier, count);
            }
        });
        long total = perTier.values().stream().mapToLong(Long::longValue).sum();
        double[] w = warnings.getOrDefault(manager.username(), new double[3]);
        return new ManagerFigures(
                manager.username(),
                manager.displayName(),
                manager.active(),
                total,
                ordered,
                perTier.getOrDefault("", 0L),
                overdue.getOrDefault(manager.username(), 0L),
                (long) w[0],
                (long) w[1],
                w[2]);
    }

    private static void bind(PreparedStatement statement, int from, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(from + i, values.get(i));
        }
    }
}
