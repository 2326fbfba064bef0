package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.runs.MigratedDatabases.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer page's reads against the migrated schema, on H2 and PostgreSQL alike: the profile with owner and live
 * tier, the score history over completed APPLY runs only, the timeline of published tier changes, and purchases and
 * interactions a page at a time, newest first.
 */
abstract class CustomerReadsTest {

    private static final List<String> LADDER = List.of("Diamond", "Platinum", "Gold", "Silver", "Bronze");

    private final MigratedDatabase database;
    private Connection db;

    CustomerReadsTest(MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void fill() throws SQLException {
        db = database.create();
        execute("INSERT INTO app_user (username, display_name, password_hash, created_at)"
                + " VALUES ('mgr', 'Mei Wang', 'x', CURRENT_TIMESTAMP)");
        execute("INSERT INTO customer (id, code, name, kind, region, account_manager, status, first_seen)"
                + " VALUES (1, 'C1', 'Acme', 'COMPANY', 'East', 'mgr', 'ACTIVE', DATE '2020-01-15')");
        execute("INSERT INTO customer (id, code, name, kind, status) VALUES (2, 'C2', 'Other', 'PERSON', 'ACTIVE')");
        execute("INSERT INTO contact (customer_id, name, phone) VALUES (1, 'Zhang', '123'), (1, 'Adams', NULL)");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)"
                + " VALUES (1, 'Gold', 0, DATE '2024-03-01')");
        // Runs 1-3 applied, 4 a preview, 5 an APPLY that failed: only 1-3 are history.
        run(1, "APPLY", "COMPLETED", "2024-01-01");
        run(2, "APPLY", "COMPLETED", "2024-02-01");
        run(3, "APPLY", "COMPLETED", "2024-03-01");
        run(4, "PREVIEW", "COMPLETED", "2024-04-01");
        run(5, "APPLY", "FAILED", "2024-05-01");
        score(1, 1, 40.0, "Silver");
        score(2, 1, 45.0, "Silver");
        score(3, 1, 71.5, "Gold");
        execute("UPDATE customer_score SET predicted_clv = NULL WHERE run_id = 2");
        score(4, 1, 90.0, "Diamond");
        score(5, 1, 10.0, "Bronze");
        score(3, 2, 5.0, "Bronze");
        change(1, null, "Silver", "FIRST_CLASSIFICATION", "2024-01-01");
        change(3, "Silver", "Gold", "UPGRADED", "2024-03-01");
        change(5, "Gold", "Bronze", "DOWNGRADED", "2024-05-01");
        for (int day = 1; day <= 25; day++) {
            execute(String.format(
                    "INSERT INTO purchase (order_ref, customer_id, purchase_date, amount) VALUES ('O%02d', 1, DATE"
                            + " '2024-01-%02d', %d)",
                    day, day, day * 10));
        }
        execute("INSERT INTO purchase (order_ref, customer_id, purchase_date, amount) VALUES ('X1', 2,"
                + " DATE '2024-06-01', 1)");
        execute("INSERT INTO interaction (ref, customer_id, type, interaction_date, csat, text) VALUES"
                + " ('I1', 1, 'TICKET', DATE '2024-02-01', 4, 'Printer'),"
                + " ('I2', 1, 'COMPLAINT', DATE '2024-02-03', NULL, 'Late delivery')");
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
        database.drop();
    }

    @Test
    void theProfileNamesTheOwnerAndTheLiveTierWithContactsByName() throws SQLException {
        CustomerProfile profile = CustomerProfiles.read(db, 1, tier -> null);

        assertEquals("Acme", profile.name());
        assertEquals(CustomerKind.COMPANY, profile.kind());
        assertEquals("mgr", profile.accountManager());
        assertEquals("Mei Wang", profile.accountManagerName());
        assertEquals(LocalDate.of(2020, 1, 15), profile.firstSeen());
        assertEquals(
                List.of("Adams", "Zhang"),
                profile.contacts().stream()
                        .map(CustomerProfile.ContactLine::name)
                        .toList());
        assertEquals("Gold", profile.liveTier().tier());
        assertEquals(LocalDate.of(2024, 3, 1), profile.liveTier().since());

        CustomerProfile unowned = CustomerProfiles.read(db, 2, tier -> null);
        assertNull(unowned.accountManager());
        assertNull(unowned.liveTier(), "no applied run has classified C2 yet");
    }

    @Test
    void anUnknownCodeIsRefusedAsNotFound() {
        UnknownCustomerException unknown =
                assertThrows(UnknownCustomerException.class, () -> CustomerKeys.find(db, "C9"));
        assertEquals(404, unknown.kind().httpStatus());
        assertEquals("CUSTOMER_NOT_FOUND", unknown.code());
    }

    @Test
    void theHistoryHoldsCompletedApplyRunsOnlyOldestFirstAndLimitedToTheLastRuns() throws SQLException {
        List<ScorePoint> all = ScoreHistories.read(db, 1, 12);

        assertEquals(List.of(1L, 2L, 3L), all.stream().map(ScorePoint::runId).toList());
        assertEquals(
                List.of(false, false, true),
                all.stream().map(ScorePoint::tierMoved).toList());
        assertEquals(71.5, all.get(2).valueIndex());
        assertEquals(LocalDate.of(2024, 3, 1), all.get(2).asOf());
        assertEquals(1500.0, all.get(2).predictedClv());
        assertNull(all.get(1).predictedClv(), "the model could not say in run 2");

        List<ScorePoint> lastTwo = ScoreHistories.read(db, 1, 2);
        assertEquals(List.of(2L, 3L), lastTwo.stream().map(ScorePoint::runId).toList());
        assertEquals(false, lastTwo.get(0).tierMoved(), "the first point shown has nothing to move from");
    }

    @Test
    void theTimelineHoldsPublishedChangesNewestFirstWithTheirDirection() throws SQLException {
        List<TierChangeEntry> timeline = TierTimelines.read(db, 1, LADDER);

        assertEquals(2, timeline.size(), "the failed run's change never went live: " + timeline);
        TierChangeEntry newest = timeline.get(0);
        assertEquals("Silver", newest.fromTier());
        assertEquals("Gold", newest.toTier());
        assertEquals(TierMove.UP, newest.move());
        assertEquals("UPGRADED", newest.reason());
        assertEquals(3L, newest.runId());
        assertEquals(TierMove.FIRST, timeline.get(1).move());
        assertTrue(TierTimelines.read(db, 2, LADDER).isEmpty());
    }

    @Test
    void anApprovedOverrideThatPinnedTheLiveTierJoinsTheTimelineWithItsApprover() throws SQLException {
        override("Gold", "Diamond", "2030-01-15", "supervisor");
        override("Diamond", "Diamond", "2030-02-01", "supervisor");
        override(null, "Silver", null, null);

        List<TierChangeEntry> timeline = TierTimelines.read(db, 1, LADDER);

        assertEquals(3, timeline.size(), "a pin to the tier held, or one not applied, changed nothing: " + timeline);
        TierChangeEntry pinned = timeline.get(0);
        assertEquals("OVERRIDE", pinned.reason());
        assertEquals("Gold", pinned.fromTier());
        assertEquals("Diamond", pinned.toTier());
        assertEquals(TierMove.UP, pinned.move());
        assertNull(pinned.runId());
        assertEquals("supervisor", pinned.approvedBy());
        assertEquals("UPGRADED", timeline.get(1).reason());
    }

    @Test
    void purchasesComeAPageAtATimeNewestFirst() throws SQLException {
        CustomerPage<PurchaseLine> first = CustomerActivity.purchases(db, 1, new PageRequest(0, 10));
        CustomerPage<PurchaseLine> second = CustomerActivity.purchases(db, 1, new PageRequest(10, 10));
        CustomerPage<PurchaseLine> last = CustomerActivity.purchases(db, 1, new PageRequest(20, 10));
        CustomerPage<PurchaseLine> beyond = CustomerActivity.purchases(db, 1, new PageRequest(30, 10));

        assertEquals(25, first.total(), "the other customer's purchase is not counted");
        assertEquals("O25", first.rows().get(0).orderRef());
        assertEquals(LocalDate.of(2024, 1, 25), first.rows().get(0).date());
        assertEquals(0, first.rows().get(0).amount().compareTo(java.math.BigDecimal.valueOf(250)));
        assertEquals("O15", second.rows().get(0).orderRef());
        assertEquals(
                List.of("O05", "O04", "O03", "O02", "O01"),
                last.rows().stream().map(PurchaseLine::orderRef).toList());
        assertTrue(beyond.rows().isEmpty());
        assertEquals(25, beyond.total());
    }

    @Test
    void interactionsComeNewestFirstWithMissingScoresAsNull() throws SQLException {
        CustomerPage<InteractionLine> page = CustomerActivity.interactions(db, 1, new PageRequest(0, 20));

        assertEquals(2, page.total());
        assertEquals(
                List.of("I2", "I1"),
                page.rows().stream().map(InteractionLine::ref).toList());
        assertEquals(InteractionType.COMPLAINT, page.rows().get(0).type());
        assertNull(page.rows().get(0).csat());
        assertEquals(4, page.rows().get(1).csat());
    }

    private void run(long id, String mode, String status, String asOf) throws SQLException {
        execute("INSERT INTO classification_run (id, mode, status, policy_version, as_of, started_by, started_at)"
                + " VALUES (" + id + ", '" + mode + "', '" + status + "', 1, DATE '" + asOf + "', 'analyst',"
                + " CURRENT_TIMESTAMP)");
    }

    private void score(long runId, long customerId, double valueIndex, String tier) throws SQLException {
        execute("INSERT INTO customer_score (run_id, customer_id, frequency, monetary, r_score, f_score, m_score,"
                + " bg_x, bg_t_x, bg_t, segment, stage, historical_clv, churn_risk, churn_warning, value_index,"
                + " current_value, potential_value, relationship_value, proposed_tier, assigned_tier,"
                + " downgrade_warning, predicted_clv) VALUES (" + runId + ", " + customerId + ", 1, 1, 1, 1, 1,"
                + " 0, 0, 0, 'LOYAL', 'ACTIVE', 0, 0.2, FALSE, " + valueIndex + ", 0, 0, 0, '" + tier + "', '"
                + tier + "', FALSE, 1500)");
    }

    private void change(long runId, String from, String to, String reason, String on) throws SQLException {
        execute("INSERT INTO tier_change (run_id, customer_id, from_tier, to_tier, reason, changed_on) VALUES ("
                + runId + ", 1, " + (from == null ? "NULL" : "'" + from + "'") + ", '" + to + "', '" + reason
                + "', DATE '" + on + "')");
    }

    private void override(String from, String to, String appliedOn, String approver) throws SQLException {
        execute("INSERT INTO tier_override (customer_id, tier, reason_category, reason_text, starts_on, expires_on,"
                + " ends_on, status, requested_by, requested_at, decided_by, from_tier, applied_on) VALUES (1, '" + to
                + "', 'STRATEGIC', 'key account', DATE '2030-01-01', DATE '2030-06-30', DATE '2030-06-30', '"
                + (approver == null ? "PENDING" : "APPROVED") + "', 'manager', CURRENT_TIMESTAMP, "
                + quoted(approver) + ", " + quoted(from) + ", "
                + (appliedOn == null ? "NULL" : "DATE '" + appliedOn + "'")
                + ")");
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text + "'";
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
