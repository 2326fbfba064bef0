package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Re-importing a file changes nothing; a changed row updates in place, keyed by code, customer and name, orderRef, ref. */
class IdempotentImportTest {

    private static final String CONTACTS = """
            customer_code,name,title,phone,email
            C1,王芳,采购经理,+86 21 5555 0101,wang.fang@example.cn
            C1,Li Na,CFO,,li.na@example.cn
            """;
    private static final String PURCHASES = """
            order_ref,customer_code,purchase_date,amount,margin,category,channel
            P1,C1,2026-01-05,1200.00,300.00,Machines,Direct
            P2,C2,2026-02-11,35.5,,Parts,Web
            """;
    private static final String INTERACTIONS = """
            ref,customer_code,type,interaction_date,csat,nps,text
            I1,C1,SURVEY,2026-03-01,5,9,"Very happy, ""fast"" delivery
            second line"
            I2,C2,COMPLAINT,2026-03-02,,,Late parcel
            """;

    private TestDatabase db;

    @BeforeEach
    void loadEverything() throws Exception {
        db = new TestDatabase();
        assertCounts(db.load(ImportKind.CUSTOMERS, BadInputTest.CUSTOMERS), 2, 2, 0, 0);
        assertCounts(db.load(ImportKind.CONTACTS, CONTACTS), 2, 2, 0, 0);
        assertCounts(db.load(ImportKind.PURCHASES, PURCHASES), 2, 2, 0, 0);
        assertCounts(db.load(ImportKind.INTERACTIONS, INTERACTIONS), 2, 2, 0, 0);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void reimportingTheSameFilesChangesNothing() throws Exception {
        assertCounts(db.load(ImportKind.CUSTOMERS, BadInputTest.CUSTOMERS), 2, 0, 0, 2);
        assertCounts(db.load(ImportKind.CONTACTS, CONTACTS), 2, 0, 0, 2);
        assertCounts(db.load(ImportKind.PURCHASES, PURCHASES), 2, 0, 0, 2);
        assertCounts(db.load(ImportKind.INTERACTIONS, INTERACTIONS), 2, 0, 0, 2);
        assertEquals(2, db.count("customer"));
        assertEquals(2, db.count("contact"));
        assertEquals(2, db.count("purchase"));
        assertEquals(2, db.count("interaction"));
        assertEquals(1, db.count("ticket"), "the complaint became one ticket, once");
    }

    @Test
    void complaintAndTicketRowsBecomeClosedHistoricalTickets() throws Exception {
        assertEquals(
                "COMPLAINT CLOSED IMPORT I2 Late parcel 2026-03-02 FALSE null",
                db.text("SELECT ticket_type || ' ' || status || ' ' || source || ' ' || import_ref || ' ' || subject"
                        + " || ' ' || CAST(CAST(created_at AS DATE) AS VARCHAR(10)) || ' ' || CAST(open_ticket AS"
                        + " VARCHAR(5)) || ' ' || COALESCE(fr_state, 'null') FROM ticket"));
        assertEquals("T-000001", db.text("SELECT number FROM ticket"));
    }

    @Test
    void customersMovedToAnotherManagerLeaveThatManagersAudienceCountsToTheScores() throws Exception {
        assertCounts(db.load(ImportKind.CUSTOMERS, BadInputTest.CUSTOMERS.replace("Li Lei", "Li Lei Jr")), 2, 0, 1, 1);
        assertEquals(0, db.count("audience_team_stale"), "a new name moves nobody");

        assertCounts(
                db.load(ImportKind.CUSTOMERS, BadInputTest.CUSTOMERS.replace("2021-03-04,manager,", "2021-03-04,,")),
                2,
                0,
                2,
                0);
        assertEquals("manager", db.text("SELECT account_manager FROM audience_team_stale"));
    }

    @Test
    void changedRowUpdatesInPlaceAndKeepsItsId() throws Exception {
        long id = db.single("SELECT id FROM purchase WHERE order_ref = 'P2'");

        ImportReport report = db.load(ImportKind.PURCHASES, PURCHASES.replace("35.5,,Parts", "36.00,4.10,Parts"));

        assertCounts(report, 2, 0, 1, 1);
        assertEquals(id, db.single("SELECT id FROM purchase WHERE order_ref = 'P2'"));
        assertEquals("36.00", db.text("SELECT amount FROM purchase WHERE order_ref = 'P2'"));
        assertEquals("4.10", db.text("SELECT margin FROM purchase WHERE order_ref = 'P2'"));
    }

    @Test
    void contactIsUpdatedByCustomerAndName() throws Exception {
        assertCounts(db.load(ImportKind.CONTACTS, CONTACTS.replace("CFO", "CEO")), 2, 0, 1, 1);
        assertEquals("CEO", db.text("SELECT title FROM contact WHERE name = 'Li Na'"));
    }

    @Test
    void customerReassignedToNoManagerIsAnUpdate() throws Exception {
        assertCounts(
                db.load(ImportKind.CUSTOMERS, BadInputTest.CUSTOMERS.replace("manager,ACTIVE", ",INACTIVE")),
                2,
                0,
                1,
                1);
        assertEquals(null, db.text("SELECT account_manager FROM customer WHERE code = 'C1'"));
    }

    @Test
    void chineseTextAndQuotedLineBreaksSurviveTheRoundTrip() throws Exception {
        assertEquals("上海华东机械有限公司", db.text("SELECT name FROM customer WHERE code = 'C1'"));
        assertEquals("采购经理", db.text("SELECT title FROM contact WHERE name = '王芳'"));
        assertEquals(
                "Very happy, \"fast\" delivery\nsecond line", db.text("SELECT text FROM interaction WHERE ref = 'I1'"));
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreAccepted() throws Exception {
        String withBom =
                "\uFEFF" + PURCHASES.replace("\n", "\r\n").replace("P1,", "P3,").replace("P2,", "P4,");

        assertCounts(db.load(ImportKind.PURCHASES, withBom), 2, 2, 0, 0);
    }

    @Test
    void headerColumnsMayComeInAnyOrderAndCase() throws Exception {
        ImportReport report = db.load(
                ImportKind.PURCHASES, "Amount,ORDER_REF,purchase_date,Customer_Code\n1200.00,P1,2026-01-05,C1\n");

        // Columns the file leaves out are empty: margin, category and channel of P1 are cleared.
        assertCounts(report, 1, 0, 1, 0);
        assertEquals(List.of(), report.errors());
    }

    @Test
    void largeFileCrossesChunkBoundariesAndCountsExactly() throws Exception {
        StringBuilder csv = new StringBuilder("order_ref,customer_code,purchase_date,amount\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("B")
                    .append(i)
                    .append(",C")
                    .append(1 + i % 2)
                    .append(",2026-01-05,")
                    .append(i)
                    .append(".25\n");
        }
        assertCounts(db.load(ImportKind.PURCHASES, csv.toString()), 2_500, 2_500, 0, 0);
        assertCounts(db.load(ImportKind.PURCHASES, csv.toString()), 2_500, 0, 0, 2_500);
    }

    private static void assertCounts(ImportReport report, long read, long inserted, long updated, long unchanged) {
        assertEquals(List.of(), report.errors());
        assertEquals(
                List.of(read, inserted, updated, unchanged, 0L),
                List.of(report.read(), report.inserted(), report.updated(), report.unchanged(), report.rejected()));
    }
}
