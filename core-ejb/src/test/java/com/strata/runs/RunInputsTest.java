package com.strata.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.ClassificationPolicy;
import com.strata.scoring.CustomerSummary;
import com.strata.scoring.PurchaseHistory;
import com.strata.scoring.PurchaseLine;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database's aggregates are exactly the engine's own definitions, on the real migrations: on H2, and on the
 * local PostgreSQL (which takes the snapshot in one statement of its own) when one is running.
 */
abstract class RunInputsTest extends RunDatabaseTest {

    RunInputsTest(MigratedDatabases.MigratedDatabase database) {
        super(database);
    }

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ClassificationPolicy POLICY = ClassificationPolicy.defaults();

    private final List<List<PurchaseLine>> lines = new ArrayList<>();

    @Test
    void purchaseAggregatesMatchTheEngineDefinition() throws SQLException {
        customer(
                1,
                "C1",
                line("2023-01-10", 100, 20),
                line("2023-01-10", 50, 10),
                line("2025-07-01", 80, 16),
                line("2025-12-24", 0, -5),
                line("2026-03-03", -30, -6),
                line("2026-06-30", 200, 40),
                line("2026-07-01", 999, 99));
        customer(2, "C2", line("2026-06-01", 45.5, 9));
        customer(3, "C3");
        customer(4, "C4", line("2024-02-29", -10, -2), line("2025-06-30", 60, 12), line("2025-07-01", 70, 14));

        RunBase base = snapshotAndLoad();

        assertEquals(
                List.of(1L, 2L, 3L, 4L),
                List.of(base.customerIds()[0], base.customerIds()[1], base.customerIds()[2], base.customerIds()[3]));
        assertSameAsTheEngine(base);
    }

    @Test
    void freeItemsArePurchasesAndReturnsAreNotAsInTheEngine() throws SQLException {
        customer(1, "FREE_ONLY", line("2026-02-10", 0, -3));
        customer(
                2,
                "FREE_AND_RETURN",
                line("2025-01-15", 120, 36),
                line("2026-05-02", 0, -2),
                line("2026-05-02", -40, -12));
        customer(3, "RETURNS_ONLY", line("2026-03-03", -25, -7), line("2026-04-04", -5, -1));
        customer(4, "FREE_FIRST", line("2024-11-11", 0, -1), line("2025-09-09", 55, 16), line("2026-06-30", -55, -16));
        customer(5, "RETURN_THEN_FREE", line("2025-08-01", -10, -3), line("2025-08-20", 0, 0));

        RunBase base = snapshotAndLoad();

        assertSameAsTheEngine(base);
        PurchaseHistory freeOnly = base.summaries().get(0).history();
        assertEquals(LocalDate.parse("2026-02-10"), freeOnly.firstPurchaseDay());
        assertEquals(1, freeOnly.purchaseDays());
        PurchaseHistory freeAndReturn = base.summaries().get(1).history();
        assertEquals(LocalDate.parse("2026-05-02"), freeAndReturn.lastPurchaseDay());
        assertEquals(-40.0, freeAndReturn.repeatAmount());
        assertFalse(base.summaries().get(2).history().hasPurchased());
        assertEquals(
                LocalDate.parse("2025-08-20"), base.summaries().get(4).history().firstPurchaseDay());
    }

    /** Every customer's purchase aggregates equal what the engine builds from the same lines. */
    private void assertSameAsTheEngine(RunBase base) {
        assertEquals(lines.size(), base.summaries().size());
        for (int i = 0; i < lines.size(); i++) {
            CustomerSummary actual = base.summaries().get(i);
            CustomerSummary expected = CustomerSummary.builder(actual.code())
                    .purchases(lines.get(i), AS_OF, POLICY.window())
                    .build();
            assertEquals(expected.history(), actual.history(), "history of " + actual.code());
            assertEquals(expected.window(), actual.window(), "window of " + actual.code());
            assertEquals(expected.trend(), actual.trend(), "trend of " + actual.code());
        }
    }

    @Test
    void relationshipSignalsAndTheLiveTierAreTakenAsTheyStand() throws SQLException {
        customer(1, "C1", line("2026-01-01", 10, 1));
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)"
                + " VALUES (1, 'Gold', 1, DATE '2026-01-31')");
        interaction(1, "COMPLAINT", "2026-06-15", null, null);
        interaction(1, "COMPLAINT", "2025-01-15", null, null);
        interaction(1, "SURVEY", "2026-02-01", 4, 9);
        interaction(1, "SURVEY", "2026-03-01", 2, 5);
        interaction(1, "REFERRAL", "2026-04-01", null, null);
        interaction(1, "CAMPAIGN_RESPONSE", "2026-05-01", null, null);
        interaction(1, "SURVEY", "2026-07-02", 1, 0);

        CustomerSummary summary = snapshotAndLoad().summaries().get(0);

        var signals = summary.relationship();
        assertEquals(1, signals.referrals());
        assertEquals(3.0, signals.csat());
        assertEquals(7.0, signals.nps());
        assertEquals(2, signals.complaints());
        assertEquals(0, signals.openComplaints(), "complaint interactions are history; open ones are tickets");
        assertEquals(3, signals.engagements());
        assertEquals("Gold", summary.tierHistory().assignedTier());
        assertEquals(1, summary.tierHistory().runsQualifiedLower());
    }

    @Test
    void openComplaintsAreComplaintTicketsNotYetResolvedAtTheAsOfDate() throws SQLException {
        customer(1, "C1", line("2026-01-01", 10, 1));
        complaintTicket(1, "T-1", "2026-06-01 10:00:00", null);
        complaintTicket(1, "T-2", "2026-06-01 10:00:00", AS_OF.plusDays(1) + " 10:00:00");
        complaintTicket(1, "T-6", "2026-06-01 10:00:00", AS_OF + " 23:00:00");
        complaintTicket(1, "T-3", "2026-05-01 10:00:00", "2026-05-02 10:00:00");
        complaintTicket(1, "T-4", AS_OF.plusDays(1) + " 08:00:00", null);
        execute("UPDATE ticket SET ticket_type = 'REQUEST' WHERE number = 'T-1'");
        complaintTicket(1, "T-5", "2026-06-20 10:00:00", null);

        var signals = snapshotAndLoad().summaries().get(0).relationship();

        // T-2 is resolved only the day after, T-5 not at all; T-3 and T-6 were resolved by the end of the as-of
        // date, T-4 opened after it, T-1 is a request.
        assertEquals(2, signals.openComplaints());
    }

    private void complaintTicket(long customerId, String number, String createdAt, String resolvedAt)
            throws SQLException {
        execute("INSERT INTO ticket (number, customer_id, subject, channel, ticket_type, priority, status, created_by,"
                + " created_at, source, resolved_at, open_ticket) VALUES ('" + number + "', " + customerId
                + ", 'Complaint', 'PHONE', 'COMPLAINT', 'NORMAL', '" + (resolvedAt == null ? "OPEN" : "RESOLVED")
                + "', 'agent', TIMESTAMP '" + createdAt + "', 'DESK', "
                + (resolvedAt == null ? "NULL" : "TIMESTAMP '" + resolvedAt + "'") + ", "
                + (resolvedAt == null ? "TRUE" : "FALSE") + ")");
    }

    @Test
    void aCustomerWithoutHistoryHasNoSignalsAndNoTierYet() throws SQLException {
        customer(1, "C1");

        CustomerSummary summary = snapshotAndLoad().summaries().get(0);

        assertTrue(Double.isNaN(summary.relationship().csat()));
        assertNull(summary.tierHistory());
        assertTrue(!summary.history().hasPurchased());
    }

    @Test
    void customersWhoCameAfterTheAsOfDateAreLeftOut() throws SQLException {
        customer(1, "C1", line("2026-01-01", 10, 1));
        customer(2, "C2", line("2026-08-01", 10, 1));
        execute("UPDATE customer SET first_seen = DATE '2026-08-01' WHERE id = 2");

        RunBase base = snapshotAndLoad();

        assertEquals(1, base.summaries().size());
        assertEquals("C1", base.summaries().get(0).code());
    }

    @Test
    void aRepeatedSnapshotKeepsTheFirst() throws SQLException {
        customer(1, "C1", line("2026-01-01", 10, 1));
        assertEquals(1, RunInputs.snapshot(db, 1, AS_OF, POLICY));
        CustomerSummary first = RunInputs.load(db, 1).summaries().get(0);

        // What a restarted APPLY run finds: a new customer, a new purchase and the live tier it began to write.
        customer(2, "C2", line("2026-01-02", 10, 1));
        execute("INSERT INTO purchase (order_ref, customer_id, purchase_date, amount, margin)"
                + " VALUES ('C1-late', 1, DATE '2026-02-01', 500, 100)");
        execute("INSERT INTO customer_tier (customer_id, tier, tier_lower_runs, tier_since)"
                + " VALUES (1, 'Gold', 0, DATE '2026-06-30')");
        assertEquals(1, RunInputs.snapshot(db, 1, AS_OF, POLICY), "the repeated snapshot answers the first one's size");

        RunBase kept = RunInputs.load(db, 1);
        assertEquals(
                List.of("C1"),
                kept.summaries().stream().map(CustomerSummary::code).toList());
        CustomerSummary again = kept.summaries().get(0);
        assertEquals(first.history(), again.history(), "the purchase made after the first snapshot is not counted");
        assertNull(again.tierHistory(), "the tier the run itself wrote is not read back");
    }

    private RunBase snapshotAndLoad() throws SQLException {
        RunInputs.snapshot(db, 1, AS_OF, POLICY);
        return RunInputs.load(db, 1);
    }

    private void customer(long id, String code, PurchaseLine... purchases) throws SQLException {
        execute("INSERT INTO customer (id, code, name, kind, status, first_seen) VALUES (" + id + ", '" + code
                + "', 'Customer " + code + "', 'PERSON', 'ACTIVE', DATE '2022-01-01')");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO purchase (order_ref, customer_id,"
                + " purchase_date, amount, margin) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (PurchaseLine line : purchases) {
                insert.setString(1, code + "-" + n++);
                insert.setLong(2, id);
                insert.setObject(3, line.day());
                insert.setDouble(4, line.amount());
                insert.setDouble(5, line.margin());
                insert.executeUpdate();
            }
        }
        lines.add(List.of(purchases));
    }

    private void interaction(long customerId, String type, String day, Integer csat, Integer nps) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO interaction (ref, customer_id, type,"
                + " interaction_date, csat, nps) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, customerId);
            insert.setString(3, type);
            insert.setObject(4, LocalDate.parse(day));
            insert.setObject(5, csat);
            insert.setObject(6, nps);
            insert.executeUpdate();
        }
    }

    private static PurchaseLine line(String day, double amount, double margin) {
        return new PurchaseLine(LocalDate.parse(day), amount, margin);
    }
}
