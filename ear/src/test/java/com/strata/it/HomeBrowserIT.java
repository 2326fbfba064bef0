package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The home page says what needs attention today, and every figure is the count of the list it opens: an account
 * manager's overdue tasks a week and a half after the demo run (the business clock moved, not waited for), and the
 * supervisor's override requests waiting for a decision.
 */
class HomeBrowserIT extends BrowserSession {

    private final ApiClient api = new ApiClient();

    @Test
    void aManagersOverdueTasksOpenTheInboxAtOverdue() throws Exception {
        // Alone or first in a run, the seeding's runs and their playbook pass may still be going.
        DemoTasks.awaitPassAfterRun(api);
        LocalDate later = LocalDate.now().plusDays(10);
        api.send(
                "PUT",
                "api/test-clock",
                "admin",
                "{\"now\":\"" + later.atTime(9, 0).toInstant(ZoneOffset.UTC) + "\"}");
        try {
            long overdue = ApiClient.json(api.get("api/tasks?bucket=OVERDUE&size=1", "manager")
                            .body())
                    .getJsonNumber("total")
                    .longValue();
            assertTrue(overdue > 0, "the demo playbooks leave the manager tasks due within ten days");

            browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
            assertEquals(String.valueOf(overdue), browser.find("overdueTasks").getText());
            browser.driver().manage().window().setSize(new Dimension(1366, 1100));
            browser.screenshot("home-manager-en");
            browser.click("languageForm:langZh");
            browser.waitForText("today", "您的逾期任务");
            browser.screenshot("home-manager-zh");

            browser.click("overdueTasks");
            assertTrue(
                    browser.driver().getCurrentUrl().contains("view=OVERDUE"),
                    browser.driver().getCurrentUrl());
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    @Test
    void theSupervisorSeesTheRequestsWaitingForThem() throws Exception {
        int waiting = ApiClient.json(
                        api.get("api/overrides/pending", "supervisor").body())
                .getJsonArray("overrides")
                .size();

        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);

        assertEquals(String.valueOf(waiting), browser.find("waitingApprovals").getText());
        assertTrue(
                browser.find("overdueCard").getText().contains("team"),
                browser.find("overdueCard").getText());
        browser.driver().manage().window().setSize(new Dimension(1366, 1100));
        browser.screenshot("home-supervisor-en");
    }
}
