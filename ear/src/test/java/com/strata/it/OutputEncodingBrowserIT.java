package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.audience.ExportColumn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Customer names and ticket notes are shown as text on every page that shows them, and exported as the same text: a
 * name that is an HTML element with a script, and a note that is a script element, neither add an element to the page
 * nor run. A scored demo customer of {@code manager3} is renamed for the test (the audience export holds only scored
 * customers) and gets its name back afterwards.
 */
class OutputEncodingBrowserIT extends BrowserSession {

    private static final String NAME = "<img src=x onerror=alert(1)>";
    private static final String NOTE = "<script>alert(2)</script>";
    private static final String IMPORT_COLUMNS =
            "code,name,kind,industry,size_band,ownership,region,acquisition_channel,first_seen,account_manager,status";

    private final ApiClient api = new ApiClient();

    @Test
    void hostileNamesAndNotesRenderAsTextAndExportAsTheSameText() throws Exception {
        String code = new DemoCustomers().goldOrBetterOf("manager3");
        JsonObject original =
                ApiClient.json(api.get("api/customers/" + code, "admin").body());
        TestUsers users = new TestUsers();
        TestUsers.Created agent = users.create("enc-agent", "SERVICE_AGENT", null);
        String password = "river7stone-lake";
        assertEquals(204, users.changePassword(agent, password).statusCode());
        try {
            rename(original, NAME);
            JsonObject ticket = new ServiceDeskTickets().open(code, agent.username(), "Subject " + NOTE);
            HttpResponse<String> noted = api.send(
                    "POST",
                    "api/tickets/" + ticket.getString("number") + "/notes",
                    "agent",
                    Json.createObjectBuilder()
                            .add("text", NOTE)
                            .add("toCustomer", false)
                            .build()
                            .toString());
            assertTrue(noted.statusCode() / 100 == 2, noted.body());

            browser.signIn(agent.username(), password);
            browser.open("customers/customer.xhtml?code=" + code);
            browser.find("customerCode");
            assertShownAsText(NAME);
            assertTrue(
                    browser.driver().getTitle().contains(NAME), browser.driver().getTitle());

            browser.open("customers/list.xhtml?q=" + code);
            browser.waitForText("listForm", NAME);
            assertShownAsText(NAME);

            browser.open("service/queue.xhtml");
            browser.driver()
                    .findElements(By.cssSelector("[id='queueForm:who'] .ui-button"))
                    .get(1)
                    .click();
            browser.waitForText("queueForm:tickets", ticket.getString("number"));
            assertShownAsText(NAME);
            assertShownAsText("Subject " + NOTE);

            browser.open("service/ticket.xhtml?number=" + ticket.getString("number"));
            browser.waitForText("ticketForm", NOTE);
            assertShownAsText(NAME);

            AudienceExports audiences = new AudienceExports();
            long audience = audiences.create("manager3", "Encoding " + System.nanoTime(), false, "{}");
            for (List<List<String>> file : List.of(
                    AudienceExports.csvRows(audiences.export(audience, "manager3", "csv", "en")),
                    AudienceExports.xlsxRows(audiences.export(audience, "manager3", "xlsx", "en")))) {
                List<String> row = file.stream()
                        .filter(cells -> cells.get(ExportColumn.CODE.ordinal()).equals(code))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(code + " is exported"));
                assertEquals(NAME, row.get(ExportColumn.NAME.ordinal()), "the export holds the name as it is");
            }
        } finally {
            rename(original, original.getString("name"));
        }
    }

    /** The text is on show, and no element, script or alert came out of it. */
    private void assertShownAsText(String text) {
        assertTrue(browser.pageText().contains(text), () -> "shown as text: " + browser.pageText());
        assertEquals(
                0L,
                browser.driver().executeScript("return document.querySelectorAll('img[src=\"x\"]').length"),
                "no image element was made of the name");
        assertEquals(
                0L,
                browser.driver()
                        .executeScript("return Array.from(document.scripts)"
                                + ".filter(s => s.textContent.includes('alert(')).length"),
                "no script element was made of the note");
        assertThrows(
                NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "nothing ran");
    }

    /** Imports the customer again with every column as it is but the name. */
    private void rename(JsonObject customer, String name) throws Exception {
        String row = Stream.of(
                        customer.getString("code"),
                        name,
                        text(customer, "kind"),
                        text(customer, "industry"),
                        text(customer, "sizeBand"),
                        text(customer, "ownership"),
                        text(customer, "region"),
                        text(customer, "acquisitionChannel"),
                        text(customer, "firstSeen"),
                        text(customer, "accountManager"),
                        text(customer, "status"))
                .map(OutputEncodingBrowserIT::csvField)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        HttpResponse<String> imported =
                api.postCsv("api/imports/customers", "admin", IMPORT_COLUMNS + "\n" + row + "\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(0, ApiClient.json(imported.body()).getInt("rejected"), imported.body());
    }

    private static String text(JsonObject customer, String member) {
        JsonValue value = customer.get(member);
        return value == null || value == JsonValue.NULL ? "" : customer.getString(member);
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
