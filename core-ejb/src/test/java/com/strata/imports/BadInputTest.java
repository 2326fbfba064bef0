package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad files through the real import path: each problem is reported with its exact message, the good rows around it
 * are stored, and a rejected row leaves nothing behind.
 */
class BadInputTest {

    static final String CUSTOMERS = """
            code,name,kind,industry,size_band,ownership,region,acquisition_channel,first_seen,account_manager,status
            C1,上海华东机械有限公司,COMPANY,Manufacturing,LARGE,STATE_OWNED,Shanghai,Referral,2021-03-04,manager,ACTIVE
            C2,Li Lei,PERSON,,,,Beijing,Web,2024-01-15,,ACTIVE
            """;
    static final String PURCHASE_HEADER = "order_ref,customer_code,purchase_date,amount,margin,category,channel\n";

    private TestDatabase db;

    @BeforeEach
    void customersExist() throws Exception {
        db = new TestDatabase();
        assertEquals(2, db.load(ImportKind.CUSTOMERS, CUSTOMERS).inserted());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void decimalCommaIsRejectedWithAHintAndTheGoodRowsAroundItAreStored() throws Exception {
        ImportReport report =
                purchases("P1,C1,2026-01-05,100.00,,,\nP2,C1,2026-01-06,\"12,5\",,,\nP3,C2,2026-02-01,7,,,\n");

        assertOnly(report, "line 3, column amount: \"12,5\" is not a number; use a decimal point");
        assertEquals(3, report.read());
        assertEquals(2, report.inserted());
        assertEquals(1, report.rejected());
        assertEquals(2, db.count("purchase"));
    }

    @Test
    void missingRequiredColumnRejectsTheFileBeforeAnyRow() throws Exception {
        ImportReport report =
                db.load(ImportKind.PURCHASES, "order_ref,customer_code,purchase_date\nP1,C1,2026-01-05\n");

        assertOnly(report, "line 1, column amount: is a required column but the header does not have it");
        assertEquals(0, report.read());
        assertEquals(0, db.count("purchase"));
    }

    @Test
    void misspeltColumnIsNamedWithTheColumnsThatExist() throws Exception {
        ImportReport report =
                db.load(ImportKind.PURCHASES, "order_ref,customer_code,purchase_date,amout\nP1,C1,2026-01-05,1\n");

        assertEquals(
                List.of(
                        "line 1, column amout: is not a column of a purchases file; the columns are"
                                + " order_ref,customer_code,purchase_date,amount,margin,category,channel",
                        "line 1, column amount: is a required column but the header does not have it"),
                messages(report));
    }

    @Test
    void wrongTypesEachGetTheirOwnError() throws Exception {
        ImportReport report = db.load(
                ImportKind.INTERACTIONS,
                "ref,customer_code,type,interaction_date,csat,nps,text\nI1,C1,CALL,2026-01-05,4.5,11,hello\n");

        assertEquals(
                List.of(
                        "line 2, column type: \"CALL\" is not one of TICKET, COMPLAINT, CAMPAIGN_RESPONSE,"
                                + " REFERRAL, SURVEY",
                        "line 2, column csat: \"4.5\" is not a whole number",
                        "line 2, column nps: \"11\" is not between 0 and 10"),
                messages(report));
        assertEquals(1, report.rejected());
    }

    @Test
    void emptyRequiredFieldIsReported() throws Exception {
        assertRejectedAlone("P1,C1,,10,,,\n", "line 2, column purchase_date: a value is required");
    }

    @Test
    void hugeFieldIsRejectedWithItsLength() throws Exception {
        String name = "x".repeat(201);
        ImportReport report = db.load(ImportKind.CUSTOMERS, "code,name,kind,status\nC9," + name + ",PERSON,ACTIVE\n");

        assertEquals(
                List.of(new RowError(2, "name", "x".repeat(200) + "…", "is 201 characters long; at most 200 fit")),
                report.errors(),
                "the report shows the first 200 characters of the value");
        assertEquals(0, report.inserted());
        assertEquals(2, db.count("customer"));
    }

    @Test
    void nonNumericAmountIsNotANumber() throws Exception {
        assertRejectedAlone("P1,C1,2026-01-05,ten,,,\n", "line 2, column amount: \"ten\" is not a number");
    }

    @Test
    void amountWithMoreDecimalsThanTheCurrencyHasIsRejected() throws Exception {
        assertRejectedAlone(
                "P1,C1,2026-01-05,10.005,,,\n", "line 2, column amount: \"10.005\" has more than 2 decimals");
    }

    @Test
    void absurdAmountBeyondTheConfiguredMaximumIsRejected() throws Exception {
        assertRejectedAlone(
                "P1,C1,2026-01-05,99999999999.00,,,\n",
                "line 2, column amount: \"99999999999.00\" is beyond the largest amount accepted, 10000000.00"
                        + " (setting strata.import.max-amount)");
    }

    @Test
    void negativeAmountIsAReturnAndZeroIsAFreeItem() throws Exception {
        ImportReport report = purchases("P1,C1,2026-01-05,-25.50,,,\nP2,C1,2026-01-05,0,,,\n");

        assertEquals(List.of(), messages(report));
        assertEquals(2, report.inserted());
        assertEquals("-25.50", db.text("SELECT amount FROM purchase WHERE order_ref = 'P1'"));
    }

    @Test
    void malformedDatesSayWhichFormToUse() throws Exception {
        ImportReport report = purchases("P1,C1,05/01/2026,1,,,\nP2,C1,2026-02-30,1,,,\n");

        assertEquals(
                List.of(
                        "line 2, column purchase_date: \"05/01/2026\" is not a date; use YYYY-MM-DD",
                        "line 3, column purchase_date: \"2026-02-30\" is not a day of the calendar"),
                messages(report));
    }

    @Test
    void purchaseAfterTheImportDateIsRejected() throws Exception {
        assertRejectedAlone(
                "P1,C1,2026-11-24,1,,,\n",
                "line 2, column purchase_date: \"2026-11-24\" is later than the import date 2026-11-23");
    }

    @Test
    void repeatedKeyWithinTheFileKeepsTheFirstRow() throws Exception {
        ImportReport report = purchases("P1,C1,2026-01-05,1,,,\nP2,C1,2026-01-05,2,,,\nP1,C2,2026-01-07,3,,,\n");

        assertOnly(
                report,
                "line 4, column order_ref: \"P1\" repeats the order_ref of line 2; each order_ref"
                        + " may appear once per file");
        assertEquals("1.00", db.text("SELECT amount FROM purchase WHERE order_ref = 'P1'"));
    }

    @Test
    void purchaseOfAnUnknownCustomerIsReportedNotDropped() throws Exception {
        ImportReport report = purchases("P1,NOPE,2026-01-05,1,,,\nP2,C1,2026-01-05,1,,,\n");

        assertOnly(
                report,
                "line 2, column customer_code: \"NOPE\" is not the code of a known customer;"
                        + " import the customer first");
        assertEquals(1, report.rejected());
        assertEquals(1, report.inserted());
    }

    @Test
    void unknownAccountManagerIsARowError() throws Exception {
        ImportReport report = db.load(
                ImportKind.CUSTOMERS,
                "code,name,kind,account_manager,status\nC3,A,PERSON,agent,ACTIVE\nC4,B,PERSON,manager,ACTIVE\n");

        assertOnly(
                report,
                "line 2, column account_manager: \"agent\" is not an account manager; use the username"
                        + " of a user with role ACCOUNT_MANAGER");
        assertEquals(1, report.inserted());
    }

    @Test
    void bytesThatAreNotUtf8RejectOnlyTheirRow() throws Exception {
        byte[] latin1 = "code,name,kind,status\nC3,Jos\u00e9,PERSON,ACTIVE\nC4,Ana,PERSON,ACTIVE\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportReport report = db.load(ImportKind.CUSTOMERS, latin1);

        assertOnly(
                report,
                "line 2, column name: \"Jos\uFFFD\" holds bytes that are not UTF-8 (shown as \uFFFD);"
                        + " save the file as UTF-8");
        assertEquals(1, report.inserted());
    }

    @Test
    void emptyFileNamesTheHeaderItNeeds() throws Exception {
        ImportReport report = db.load(ImportKind.PURCHASES, "");

        assertOnly(
                report,
                "line 1: the file is empty; its first line must be the header"
                        + " order_ref,customer_code,purchase_date,amount,margin,category,channel");
        assertEquals(0, report.read());
    }

    @Test
    void headerOnlyFileSaysThereIsNothingToImport() throws Exception {
        assertOnly(
                db.load(ImportKind.PURCHASES, PURCHASE_HEADER), "line 2: the file has a header but no rows to import");
    }

    @Test
    void rowWithTooFewFieldsSuggestsQuoting() throws Exception {
        assertRejectedAlone(
                "P1,C1,2026-01-05\n", "line 2: 3 fields where the header has 7; quote values that contain commas");
    }

    @Test
    void unclosedQuoteKeepsTheRowsBeforeIt() throws Exception {
        ImportReport report = purchases("P1,C1,2026-01-05,1,,,\nP2,C1,2026-01-05,1,\"oops,,\nP3,C1,2026-01-05,1,,,\n");

        assertOnly(
                report,
                "line 3: a quoted field starting on this line is never closed; end it with a double"
                        + " quote; the rows after it were not read");
        assertEquals(1, report.inserted());
        assertEquals(1, report.rejected());
    }

    @Test
    void formulaTextIsStoredAsTextAndNeutralisedInTheErrorReport() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        ImportReport report = db.load(
                ImportKind.CUSTOMERS,
                "code,name,kind,status\n"
                        + "C5,\"" + formula.replace("\"", "\"\"") + "\",PERSON,ACTIVE\n"
                        + "C6,\"" + formula.replace("\"", "\"\"") + "\",ROBOT,ACTIVE\n");

        assertEquals(1, report.inserted());
        assertEquals(formula, db.text("SELECT name FROM customer WHERE code = 'C5'"));
        String csv = ErrorReportCsv.text(report.errors());
        assertEquals(ErrorReportCsv.HEADER + "\r\n" + "3,kind,ROBOT,\"is not one of PERSON, COMPANY\"\r\n", csv);
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", SpreadsheetText.csvField(formula));
    }

    @Test
    void badRowsAreNotHalfWritten() throws Exception {
        ImportReport report = purchases("P1,C1,2026-01-05,1.00,oops,,\n");

        assertEquals(List.of(new RowError(2, "margin", "oops", "is not a number")), report.errors());
        assertEquals(1, report.rejected());
        assertEquals(0, db.count("purchase"));
    }

    private ImportReport purchases(String rows) throws Exception {
        return db.load(ImportKind.PURCHASES, PURCHASE_HEADER + rows);
    }

    /** A file of one bad purchase row: the row is reported with this message alone and nothing is stored. */
    private void assertRejectedAlone(String row, String message) throws Exception {
        ImportReport report = purchases(row);
        assertOnly(report, message);
        assertEquals(1, report.rejected());
        assertEquals(0, db.count("purchase"));
    }

    private static List<String> messages(ImportReport report) {
        return report.errors().stream().map(RowError::message).toList();
    }

    private static void assertOnly(ImportReport report, String message) {
        assertEquals(List.of(message), messages(report));
    }
}
