package com.strata.team;

import com.strata.customer.NewWarning;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Keeps {@code manager_figures}: per account manager and live tier, the customers and, from an APPLY run's scores,
 * their downgrade and churn warnings, those of them new since the applied run before, and the value at risk. Rewritten in two set-based statements, whole after a run
 * or for the managers a change concerns.
 */
public final class ManagerFiguresTable {

    private static final String AGGREGATE = """
            INSERT INTO manager_figures (account_manager, tier, customers, downgrade_warnings, churn_warnings,
                value_at_risk, new_downgrade_warnings, new_churn_warnings)
            SELECT c.account_manager, COALESCE(lt.tier, ''), COUNT(*),
                SUM(CASE WHEN s.downgrade_warning THEN 1 ELSE 0 END),
                SUM(CASE WHEN s.churn_warning THEN 1 ELSE 0 END),
                SUM(CASE WHEN s.churn_warning THEN COALESCE(s.predicted_clv, 0) ELSE 0 END),
                SUM(CASE WHEN s.downgrade_warning AND NOT COALESCE(p.downgrade_warning, FALSE) THEN 1 ELSE 0 END),
                SUM(CASE WHEN s.churn_warning AND NOT COALESCE(p.churn_warning, FALSE) THEN 1 ELSE 0 END)
            FROM customer c
            LEFT JOIN customer_tier lt ON lt.customer_id = c.id
            LEFT JOIN customer_score s ON s.customer_id = c.id AND s.run_id = ?
            LEFT JOIN customer_score p ON p.customer_id = c.id AND p.run_id = ?
            WHERE c.account_manager IS NOT NULL%s
            GROUP BY c.account_manager, COALESCE(lt.tier, '')
            """;

    private static final String LATEST_APPLY =
            "SELECT MAX(id) FROM classification_run WHERE mode = 'APPLY' AND status = 'COMPLETED'";

    /** The applied run before a given one: a warning it did not carry is new ({@link NewWarning}). */
    private static final String APPLY_BEFORE = LATEST_APPLY + " AND id < ?";

    private static final String KEPT_NEW_WARNINGS =
            "SELECT SUM(%1$s), COUNT(*) - COUNT(%1$s) FROM manager_figures WHERE account_manager IN (%2$s)";

    /** No run: the join finds no score. */
    private static final long NO_RUN = -1;

    private ManagerFiguresTable() {}

    /** Every manager's figures from the run's scores and the live tiers: after an APPLY run has published. */
    public static void refreshAll(Connection db, long runId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM manager_figures")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement(AGGREGATE.formatted(""))) {
            insert.setLong(1, runId);
            insert.setLong(2, orNone(applyBefore(db, runId)));
            insert.executeUpdate();
        }
    }

    /** The managers' figures again, from the latest completed APPLY run: after their customers or tiers changed. */
    public static void refresh(Connection db, List<String> managers) throws SQLException {
        if (managers.isEmpty()) {
            return;
        }
        String in = " AND c.account_manager IN (" + CustomerMove.placeholders(managers.size()) + ")";
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM manager_figures WHERE account_manager IN ("
                + CustomerMove.placeholders(managers.size()) + ")")) {
            bind(delete, 1, managers);
            delete.executeUpdate();
        }
        Long run = latestApply(db);
        try (PreparedStatement insert = db.prepareStatement(AGGREGATE.formatted(in))) {
            insert.setLong(1, orNone(run));
            insert.setLong(2, run == null ? NO_RUN : orNone(applyBefore(db, run)));
            bind(insert, 3, managers);
            insert.executeUpdate();
        }
    }

    /**
     * How many of the managers' customers the latest applied run gave the warning the run before it did not; empty
     * when a manager's figures were kept before these counts were (the next run or refresh counts them).
     */
    public static OptionalLong newWarnings(Connection db, List<String> managers, NewWarning warning)
            throws SQLException {
        if (managers.isEmpty()) {
            return OptionalLong.of(0);
        }
        String column = warning == NewWarning.CHURN ? "new_churn_warnings" : "new_downgrade_warnings";
        try (PreparedStatement select =
                db.prepareStatement(KEPT_NEW_WARNINGS.formatted(column, CustomerMove.placeholders(managers.size())))) {
            bind(select, 1, managers);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(2) > 0 ? OptionalLong.empty() : OptionalLong.of(row.getLong(1));
            }
        }
    }

    private static Long applyBefore(Connection db, long runId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(APPLY_BEFORE)) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                return row.wasNull() ? null : id;
            }
        }
    }

    private static long orNone(Long run) {
        return run == null ? NO_RUN : run;
    }

    static Long latestApply(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(LATEST_APPLY);
                ResultSet row = select.executeQuery()) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }
    }

    private static void bind(PreparedStatement statement, int from, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(from + i, values.get(i));
        }
    }
}
