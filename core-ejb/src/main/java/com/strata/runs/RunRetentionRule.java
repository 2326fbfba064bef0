package com.strata.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runs are kept: runs started more than {@code days} days before today are deleted with their rows, except the
 * latest {@code keepApplied} completed APPLY runs (the customer pages' score history reads them) and runs not over yet
 * or failed (a failed run may still be restarted). Set with the system properties {@value #DAYS_PROPERTY} (default
 * {@value #DEFAULT_DAYS}) and {@value #KEEP_PROPERTY} (default {@value #DEFAULT_KEEP}).
 *
 * <p>A completed APPLY run's tier changes stay: they are the customers' tier history, which reads them without the
 * run. The rows a run alone needs go with it: its scores, its input snapshot and its dashboard figures.
 */
public record RunRetentionRule(int days, int keepApplied) {

    public static final String DAYS_PROPERTY = "strata.runs.retention-days";
    public static final String KEEP_PROPERTY = "strata.runs.keep-applied";
    public static final int DEFAULT_DAYS = 400;
    public static final int DEFAULT_KEEP = 12;

    public RunRetentionRule {
        if (days < 1) {
            throw new IllegalArgumentException(DAYS_PROPERTY + " must be at least 1 day, found " + days);
        }
        if (keepApplied < 1) {
            throw new IllegalArgumentException(
                    KEEP_PROPERTY + " must keep at least the latest applied run, found " + keepApplied);
        }
    }

    /** The rule set on this server; an unreadable setting stops the job rather than deleting too much. */
    public static RunRetentionRule fromSystemProperties() {
        return new RunRetentionRule(setting(DAYS_PROPERTY, DEFAULT_DAYS), setting(KEEP_PROPERTY, DEFAULT_KEEP));
    }

    /** Runs started before this moment are past retention. */
    public LocalDateTime cutoff(LocalDate today) {
        return today.minusDays(days).atStartOfDay();
    }

    /** The runs past retention, oldest first. */
    public List<Long> expired(Connection db, LocalDate today) throws SQLException {
        List<Long> runs = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM classification_run WHERE started_at < ?"
                + " AND status IN ('COMPLETED', 'ABANDONED') AND id NOT IN (SELECT id FROM classification_run"
                + " WHERE mode = 'APPLY' AND status = 'COMPLETED' ORDER BY id DESC FETCH FIRST " + keepApplied
                + " ROWS ONLY) ORDER BY id")) {
            select.setTimestamp(1, Timestamp.valueOf(cutoff(today)));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(row.getLong(1));
                }
            }
        }
        return runs;
    }

    /**
     * Deletes one run with its scores, input snapshot and figures, and the tier changes of a run that never published
     * them (a completed APPLY run's stay as tier history); answers what was deleted, in words for the audit trail.
     */
    public static String delete(Connection db, long runId) throws SQLException {
        String run;
        try (PreparedStatement select =
                db.prepareStatement("SELECT mode, status, as_of, started_at FROM classification_run WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return "run " + runId + " was gone already";
                }
                boolean published = "APPLY".equals(row.getString(1)) && "COMPLETED".equals(row.getString(2));
                run = row.getString(1) + " " + row.getString(2) + " as of " + row.getDate(3) + ", started "
                        + row.getTimestamp(4).toLocalDateTime().toLocalDate();
                if (!published) {
                    deleteRows(db, "tier_change", runId);
                }
            }
        }
        int scores = deleteRows(db, "customer_score", runId);
        deleteRows(db, "run_input", runId);
        deleteRows(db, "run_chunk", runId);
        deleteRows(db, "run_figures", runId);
        deleteRows(db, "audience_cell", runId);
        deleteRows(db, "audience_team_cell", runId);
        deleteRows(db, "audience_cell_run", runId);
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM classification_run WHERE id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
        return run + "; " + scores + " scores deleted";
    }

    private static int deleteRows(Connection db, String table, long runId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
            delete.setLong(1, runId);
            return delete.executeUpdate();
        }
    }

    private static int setting(String property, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number, found \"" + value + "\"");
        }
    }
}
