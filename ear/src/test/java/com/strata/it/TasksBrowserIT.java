package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The task inbox and the playbooks page in a real browser. Ten days on (the test clock moves, nothing sleeps) the
 * demo manager's tasks are overdue; the manager completes one with an outcome and a note and finds it among the done
 * ones, in English and Chinese. An administrator runs two passes from the playbooks page: the second creates nothing.
 */
class TasksBrowserIT extends BrowserSession {

    private final ApiClient api = new ApiClient();

    @Test
    void aManagerCompletesAnOverdueTaskWithAnOutcome() throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        String later = Instant.now().plus(10, ChronoUnit.DAYS).toString();
        assertEquals(
                200,
                api.send("PUT", "api/test-clock", "admin", "{\"now\":\"" + later + "\"}")
                        .statusCode());
        try {
            browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
            browser.click("navForm:navTasks");
            browser.waitForText("inboxForm:view", "Overdue");
            WebElement firstRow = browser.find("inboxForm:tasks").findElement(By.cssSelector("tbody tr"));
            assertTrue(firstRow.getAttribute("class").contains("strata-task-OVERDUE"), firstRow.getText());
            String done = doneLabel();
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.screenshot("tasks-en");

            firstRow.findElement(By.cssSelector("button[id$=':complete']")).click();
            WebElement reached = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#completeForm\\:outcome .ui-radiobutton-box")));
            reached.click();
            browser.find("completeForm:note").sendKeys("Called, all well");
            browser.click("completeForm:completeSave");
            browser.waitForText("messages", "Completed:");
            assertTrue(!doneLabel().equals(done), "the done count grew: " + done + " -> " + doneLabel());

            browser.driver()
                    .findElement(By.xpath("//div[@id='inboxForm:view']//*[contains(text(),'Done')]"))
                    .click();
            browser.waitForText("inboxForm:tasks", "Called, all well");
            assertTrue(browser.find("inboxForm:tasks").getText().contains("Reached"));

            browser.click("languageForm:langZh");
            browser.waitForText("inboxForm:view", "已逾期");
            browser.screenshot("tasks-zh");
        } finally {
            api.send("DELETE", "api/test-clock", "admin", null);
        }
    }

    @Test
    void anAdministratorRunsAPassThatCreatesNothingTwice() throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navPlaybooks");
        browser.waitForText("rulesForm:rules", "Win-back call");
        // Whatever the state other tests left (tickets breached, customers changed), a first pass may create tasks;
        // a second pass right after it must find every one of them already there.
        WebDriverWait passWait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        browser.click("rulesForm:runNow");
        passWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "task(s) created"));
        String first = browser.find("messages").getText();
        browser.click("rulesForm:runNow");
        passWait.until(d -> !d.findElement(By.id("messages")).getText().equals(first));
        assertTrue(
                browser.find("messages").getText().contains("done: 0 task(s) created"),
                () -> "the second pass created nothing: "
                        + browser.find("messages").getText());
        browser.waitForText("ledgerForm:ledger", "run now");
        browser.driver().manage().window().setSize(new Dimension(1366, 1300));
        browser.screenshot("playbooks-en");

        browser.click("languageForm:langZh");
        browser.waitForText("rulesForm:rules", "挽回致电");
        browser.screenshot("playbooks-zh");
    }

    private String doneLabel() {
        return browser.driver()
                .findElement(By.xpath("//div[@id='inboxForm:view']//*[contains(text(),'Done')]"))
                .getText();
    }
}
