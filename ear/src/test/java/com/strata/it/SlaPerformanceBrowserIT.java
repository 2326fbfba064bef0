package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The SLA performance page in a real browser, on tickets this test makes: one answered and resolved in time, one whose
 * first-response clock the escalation pass breached (the business clock moved past its due instant, not waited for),
 * one resolved with a survey answer. The supervisor reaches the page from the menu, sees the tier chart and tables
 * in English and Chinese, and the bell lists the breach; an agent is refused the page.
 */
class SlaPerformanceBrowserIT extends BrowserSession {

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
        browser.driver().manage().window().setSize(new Dimension(1366, 1400));
        browser.screenshot("sla-performance-en");

        browser.click("languageForm:langZh");
        browser.waitForText("tierTable", "超时");
        browser.screenshot("sla-performance-zh");

        browser.click("bellForm:notificationsBell");
        browser.waitForText("notificationsForm:notifications", late.getString("number"));
        browser.screenshot("notifications-zh");
    }
}
