package com.strata.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.strata.runs.MigratedDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retention rule, and its delete on the migrated schema (H2, the embedded default). */
class AuditRetentionTest {

    @Test
    void sevenYearsByDefaultCountedFromTheStartOfToday() {
        System.clearProperty(AuditRetentionRule.PROPERTY);
        AuditRetentionRule rule = AuditRetentionRule.fromSystemProperties();
        assertEquals(7, rule.years());
        assertEquals(LocalDateTime.of(2019, 3, 15, 0, 0), rule.cutoff(LocalDate.of(2026, 3, 15)));
    }

    @Test
    void anUnreadableOrTooShortSettingStopsTheJobInsteadOfDeletingTooMuch() {
        System.setProperty(AuditRetentionRule.PROPERTY, "seven");
        try {
            assertEquals(
                    "strata.audit.retention-years must be a whole number of years, found \"seven\"",
                    assertThrows(IllegalArgumentException.class, AuditRetentionRule::fromSystemProperties)
                            .getMessage());
            System.setProperty(AuditRetentionRule.PROPERTY, "0");
            assertThrows(IllegalArgumentException.class, AuditRetentionRule::fromSystemProperties);
        } finally {
            System.clearProperty(AuditRetentionRule.PROPERTY);
        }
    }

    @Test
    void onlyEntriesBeforeTheCutoffGoOneBatchAtATime() throws Exception {
        try (Connection db = new MigratedDatabases.H2().create()) {
            LocalDateTime cutoff = LocalDateTime.of(2019, 1, 1, 0, 0);
            insert(db, cutoff.minusYears(1), "old-1");
            insert(db, cutoff.minusSeconds(1), "old-2");
            insert(db, cutoff.minusDays(3), "old-3");
            insert(db, cutoff, "kept-1");
            insert(db, cutoff.plusYears(5), "kept-2");
            assertEquals(2, AuditRetentionRule.deleteBatch(db, cutoff, 2));
            assertEquals(1, AuditRetentionRule.deleteBatch(db, cutoff, 2));
            assertEquals(0, AuditRetentionRule.deleteBatch(db, cutoff, 2));
            assertEquals(
                    List.of("kept-1", "kept-2"),
                    MigratedDatabases.rows(db, "SELECT subject FROM audit_entry ORDER BY at"));
        }
    }

    private static void insert(Connection db, LocalDateTime at, String subject) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audit_entry (at, actor, action, subject) VALUES (?, 'admin', 'X', ?)")) {
            insert.setTimestamp(1, Timestamp.valueOf(at));
            insert.setString(2, subject);
            insert.executeUpdate();
        }
    }
}
