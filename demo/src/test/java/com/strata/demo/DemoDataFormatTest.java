package com.strata.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every generated row holds what README, CSV import formats says the importer accepts. */
class DemoDataFormatTest {

    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d{1,2})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final LocalDate HISTORY_START = GeneratedBase.AS_OF.minusYears(3);

    private static GeneratedBase base;
    private static Set<String> customerCodes;

    @BeforeAll
    static void generate() {
        base = GeneratedBase.generate(2026, 2_000, 8);
        customerCodes = new HashSet<>(base.customerTable().values("code"));
    }

    @Test
    void customerRowsHaveUniqueCodesAndDocumentedValues() {
        CsvTestReader.Table customers = base.customerTable();
        assertEquals(customers.rows().size(), customerCodes.size(), "codes are unique");
        for (int i = 0; i < customers.rows().size(); i++) {
            Map<String, String> row = customers.row(i);
            String where = "customers row " + (i + 2) + " " + row;
            assertTrue(row.get("code").matches("C\\d{7,}"), where);
            assertFalse(row.get("name").isBlank(), where);
            assertTrue(Set.of("PERSON", "COMPANY").contains(row.get("kind")), where);
            boolean company = row.get("kind").equals("COMPANY");
            assertEquals(company, !row.get("industry").isEmpty(), where);
            assertTrue(
                    company
                            ? Set.of("MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE")
                                    .contains(row.get("size_band"))
                            : row.get("size_band").isEmpty(),
                    where);
            assertTrue(
                    company
                            ? Set.of("STATE_OWNED", "PRIVATE", "FOREIGN", "OTHER")
                                    .contains(row.get("ownership"))
                            : row.get("ownership").isEmpty(),
                    where);
            assertTrue(row.get("region").matches("\\p{IsHan}{2}/\\p{IsHan}{2,4}"), where);
            assertFalse(row.get("acquisition_channel").isBlank(), where);
            assertWithinHistory(row.get("first_seen"), where);
            assertTrue(GeneratedBase.MANAGERS.contains(row.get("account_manager")), where);
            assertTrue(Set.of("ACTIVE", "INACTIVE").contains(row.get("status")), where);
        }
    }

    @Test
    void contactRowsBelongToCompaniesAndAreUniqueByName() {
        CsvTestReader.Table contacts = base.contactTable();
        Set<String> companies = new HashSet<>();
        CsvTestReader.Table customers = base.customerTable();
        for (int i = 0; i < customers.rows().size(); i++) {
            if (customers.row(i).get("kind").equals("COMPANY")) {
                companies.add(customers.row(i).get("code"));
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < contacts.rows().size(); i++) {
            Map<String, String> row = contacts.row(i);
            String where = "contacts row " + (i + 2) + " " + row;
            assertTrue(companies.contains(row.get("customer_code")), where);
            assertFalse(row.get("name").isBlank(), where);
            assertTrue(keys.add(row.get("customer_code") + "\u0000" + row.get("name")), "duplicate " + where);
            assertTrue(row.get("phone").isEmpty() || row.get("phone").matches("\\+86 1\\d{2} \\d{4} \\d{4}"), where);
            assertTrue(row.get("email").isEmpty() || row.get("email").matches("[a-z.]+@[a-z.]+"), where);
        }
    }

    @Test
    void purchaseRowsHaveUniqueOrderRefsTwoDecimalAmountsAndNoDateAfterAsOf() {
        CsvTestReader.Table purchases = base.purchaseTable();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < purchases.rows().size(); i++) {
            Map<String, String> row = purchases.row(i);
            String where = "purchases row " + (i + 2) + " " + row;
            assertTrue(refs.add(row.get("order_ref")), "duplicate " + where);
            assertTrue(customerCodes.contains(row.get("customer_code")), where);
            assertWithinHistory(row.get("purchase_date"), where);
            assertTrue(MONEY.matcher(row.get("amount")).matches(), where);
            assertTrue(
                    row.get("margin").isEmpty()
                            || MONEY.matcher(row.get("margin")).matches(),
                    where);
            assertFalse(row.get("category").isBlank(), where);
            assertFalse(row.get("channel").isBlank(), where);
        }
    }

    @Test
    void interactionRowsHaveUniqueRefsDocumentedTypesAndScoresInRange() {
        CsvTestReader.Table interactions = base.interactionTable();
        Set<String> refs = new HashSet<>();
        Set<String> types = Set.of("TICKET", "COMPLAINT", "CAMPAIGN_RESPONSE", "REFERRAL", "SURVEY");
        for (int i = 0; i < interactions.rows().size(); i++) {
            Map<String, String> row = interactions.row(i);
            String where = "interactions row " + (i + 2) + " " + row;
            assertTrue(refs.add(row.get("ref")), "duplicate " + where);
            assertTrue(customerCodes.contains(row.get("customer_code")), where);
            assertTrue(types.contains(row.get("type")), where);
            assertWithinHistory(row.get("interaction_date"), where);
            assertInRange(row.get("csat"), 1, 5, where);
            assertInRange(row.get("nps"), 0, 10, where);
            assertEquals(row.get("type").equals("SURVEY"), !row.get("nps").isEmpty(), where);
        }
        assertTrue(
                interactions.values("text").stream().anyMatch(text -> text.contains("\n")),
                "some free text spans lines, as typed into a CRM");
    }

    @Test
    void everyTypeOfInteractionOccurs() {
        List<String> types = base.interactionTable().values("type");

        assertEquals(Set.of("TICKET", "COMPLAINT", "CAMPAIGN_RESPONSE", "REFERRAL", "SURVEY"), new HashSet<>(types));
    }

    private static void assertWithinHistory(String value, String where) {
        assertTrue(ISO_DATE.matcher(value).matches(), where);
        try {
            LocalDate date = LocalDate.parse(value);
            assertFalse(date.isAfter(GeneratedBase.AS_OF), "after the as-of date: " + where);
            assertFalse(date.isBefore(HISTORY_START), "before the history: " + where);
        } catch (DateTimeParseException e) {
            fail("not a date: " + where);
        }
    }

    private static void assertInRange(String value, int min, int max, String where) {
        if (!value.isEmpty()) {
            int score = Integer.parseInt(value);
            assertTrue(score >= min && score <= max, where);
        }
    }
}
