package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SLA performance page in a real browser, on tickets this test makes: one answered and resolved in time, one whose
 * first-response clock the escalation pass breached (the business clock moved past its due instant, not waited for),
 * one resolved with a survey answer. The supervisor reaches the page from the menu, sees the tier chart and tables,
 * then the demo desk's history (every tier, both agents' medians) in English and Chinese, and the bell lists the
 * breach; an agent is refused the page.
 */
class SlaPerformanceBrowserIT extends BrowserSession {

    /** The demo seeding's two APPLY runs: four weeks before the day it seeds, and that day. */
    private static final int DEMO_RUNS_APART_DAYS = 28;

    private final ApiClient api = new ApiClient();
    private final ServiceDeskTickets tickets = new ServiceDeskTickets();

    @Test
    void theSupervisorReadsMetAndBreachedPerTierAndTheAgentsMedians() throws Exception {
        String customer = tickets.dedicatedCustomerOf("manager");
        JsonObject met = tickets.open(customer, "agent", "Performance met");
        HttpResponse<String> answered = api.send(
                "POST",
                "api/tickets/" + met.getString("number") + "/notes",
                "agent",
                "{\"text\":\"On it\",\"toCustomer\":true,\"version\":" + met.getInt("version") + "}");
        assertEquals(200, answered.statusCode(), answered.body());
        JsonObject resolved = tickets.resolve(ApiClient.json(answered.body()));
        api.send("POST", "api/tickets/" + resolved.getString("number") + "/survey", "agent", "{\"score\":4}");
        JsonObject late = tickets.open(customer, "agent", "Performance breached");
        Instant due = Instant.parse(late.getJsonObject("firstResponse").getString("dueAt"));
        try {
            api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + due.plusSeconds(60) + "\"}");
            assertEquals(
                    200,
                    api.send("POST", "api/escalation/passes", "admin", null).statusCode());
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }

        browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
        browser.open("service/performance.xhtml");
        assertRefused();

        browser.close();
        browser = new Browser();
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navSlaPerformance");
        browser.waitForText("tierTable", "Diamond");
        String tiers = browser.find("tierTable").getText();
        assertTrue(tiers.contains("Breached") && tiers.contains("Met"), tiers);
        assertTrue(browser.find("agentTable").getText().contains("agent"));
        assertTrue(browser.find("bellForm:unreadCount").getText().matches("\\d+"), "the bell shows the unread count");

        showDemoHistory();
        browser.driver().manage().window().setSize(new Dimension(1366, 1400));
        browser.screenshot("sla-performance-en");

        browser.click("languageForm:langZh");
        browser.waitForText("tierTable", "超时");
        assertEquals(
                demoHistoryPeriod()[0].toString(),
                browser.find("performanceForm:from_input").getAttribute("value"));
        browser.screenshot("sla-performance-zh");

        browser.click("bellForm:notificationsBell");
        browser.waitForText("notificationsForm:notifications", late.getString("number"));
        browser.screenshot("notifications-zh");
    }

    /**
     * Shows the demo desk's four weeks of closed tickets: the period before the day the demo was seeded, so that
     * neither this test's tickets nor any other test's (all opened since) count. Every tier then has met or breached
     * tickets and both agents have medians above zero; the history is seeded a few seconds after the demo's first
     * APPLY run, so the page is asked again until it is there.
     */
    private void showDemoHistory() throws Exception {
        LocalDate[] period = demoHistoryPeriod();
        Instant until = Instant.now().plusSeconds(60);
        List<String> tiers;
        while (true) {
            date("performanceForm:from_input", period[0]);
            date("performanceForm:to_input", period[1]);
            WebElement before = browser.find("tierTable");
            browser.click("performanceForm:show");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
            tiers = browser.find("tierTable").findElements(By.cssSelector("tbody tr")).stream()
                    .map(WebElement::getText)
                    .toList();
            if (ladderHasClosedTickets(tiers) || Instant.now().isAfter(until)) {
                break;
            }
            Thread.sleep(2000);
        }
        assertTrue(ladderHasClosedTickets(tiers), tiers::toString);
        List<String> agents = browser.find("agentTable").findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(
                agents.stream().anyMatch(a -> a.startsWith("agent "))
                        && agents.stream().anyMatch(a -> a.startsWith("agent2 ")),
                agents::toString);
        assertTrue(agents.stream().noneMatch(a -> a.contains("0 h 00 min")), () -> "medians above zero: " + agents);
    }

    /** The five tiers of the ladder (the table's first rows, "Gold 3 2 0") each with met or breached tickets. */
    private static boolean ladderHasClosedTickets(List<String> rows) {
        return rows.size() >= 5 && rows.stream().limit(5).allMatch(SlaPerformanceBrowserIT::hasClosedTickets);
    }

    private static boolean hasClosedTickets(String row) {
        String[] cells = row.trim().split("\\s+");
        int n = cells.length;
        return n >= 4 && Long.parseLong(cells[n - 3]) + Long.parseLong(cells[n - 2]) > 0;
    }

    /**
     * The six weeks before the demo's seeding day, which its first APPLY run gives (as of four weeks before that day):
     * the history reaches back four weeks of working days, a holiday week included.
     */
    private LocalDate[] demoHistoryPeriod() throws Exception {
        JsonObject first = ApiClient.json(
                        api.get("api/runs?size=500", "analyst").body())
                .getJsonArray("runs")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(run -> "APPLY".equals(run.getString("mode")) && "system".equals(run.getString("startedBy")))
                .min(Comparator.comparingLong(run -> run.getJsonNumber("id").longValue()))
                .orElseThrow(() -> new AssertionError("the demo seeding made no APPLY run"));
        LocalDate seeded = LocalDate.parse(first.getString("asOf")).plusDays(DEMO_RUNS_APART_DAYS);
        return new LocalDate[] {seeded.minusDays(42), seeded.minusDays(1)};
    }

    /** Sets a date picker's text field as typing would, without its calendar popup in the way. */
    private void date(String inputId, LocalDate day) {
        browser.find(inputId);
        browser.driver()
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId, day.toString());
    }
}
