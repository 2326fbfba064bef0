package com.strata.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How long the audit trail keeps an entry: {@code years} whole years back from the start of today; set with the
 * system property {@value #PROPERTY}, default {@value #DEFAULT_YEARS} (a common legal minimum for business records).
 */
public record AuditRetentionRule(int years) {

    public static final String PROPERTY = "strata.audit.retention-years";
    public static final int DEFAULT_YEARS = 7;

    /** Entries deleted per transaction. */
    static final int BATCH = 5000;

    public AuditRetentionRule {
        if (years < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be at least 1 year, found " + years);
        }
    }

    /** The rule set on this server; an unreadable setting stops the job rather than deleting too much. */
    public static AuditRetentionRule fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return new AuditRetentionRule(DEFAULT_YEARS);
        }
        try {
            return new AuditRetentionRule(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number of years, found \"" + value + "\"");
        }
    }

    /** Entries from before this moment are past retention. */
    public LocalDateTime cutoff(LocalDate today) {
        return today.minusYears(years).atStartOfDay();
    }

    /** Deletes up to {@code limit} of the oldest entries before {@code cutoff}; answers how many. */
    static int deleteBatch(Connection db, LocalDateTime cutoff, int limit) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM audit_entry WHERE id IN (SELECT id FROM"
                + " audit_entry WHERE at < ? ORDER BY at, id FETCH FIRST " + limit + " ROWS ONLY)")) {
            delete.setTimestamp(1, Timestamp.valueOf(cutoff));
            return delete.executeUpdate();
        }
    }
}
