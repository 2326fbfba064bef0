package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * ones, in English and Chinese. A task the supervisor reschedules while the manager's reschedule dialog is open is
 * refused to the manager with the task as it is now. An administrator runs two passes from the playbooks page: the
 * second creates nothing.
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

    @Test
    void aTaskChangedUnderTheManagerShowsTheConflictAndTheTaskAsItIsNow() throws Exception {
        DemoTasks.awaitPassAfterRun(api);
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        rescheduleAfterTheSupervisorDid(
                "Moved by the supervisor", "Someone else changed this task after you opened it", "task-conflict-en");
        browser.click("languageForm:langZh");
        browser.waitForText("inboxForm:view", "即将到期");
        rescheduleAfterTheSupervisorDid("主管已改期", "在您打开此任务之后，其他人已修改了它", "task-conflict-zh");
    }

    /**
     * The manager opens the reschedule dialog on their first upcoming task; the supervisor reschedules that task over
     * REST before the manager saves. The manager's save is refused: the dialog says so and shows the supervisor's
     * date, and the task keeps the supervisor's change.
     */
    private void rescheduleAfterTheSupervisorDid(String supervisorsReason, String conflict, String screenshot)
            throws Exception {
        JsonObject task = firstUpcomingTaskOf("manager");
        long id = task.getJsonNumber("id").longValue();
        long version = task.getJsonNumber("version").longValue();
        browser.open("tasks/inbox.xhtml?view=UPCOMING");
        WebElement firstRow = browser.find("inboxForm:tasks").findElement(By.cssSelector("tbody tr"));
        assertTrue(firstRow.getText().contains(task.getString("customerCode")), firstRow.getText());
        firstRow.findElement(By.cssSelector("button[id$=':reschedule']")).click();
        browser.find("rescheduleForm:reason");

        LocalDate supervisors = LocalDate.now().plusDays(300 + id % 50);
        HttpResponse<String> moved = api.send(
                "POST",
                "api/tasks/" + id + "/reschedule",
                "supervisor",
                Json.createObjectBuilder()
                        .add("dueOn", supervisors.toString())
                        .add("reason", supervisorsReason)
                        .add("version", version)
                        .build()
                        .toString());
        assertEquals(200, moved.statusCode(), moved.body());

        browser.driver()
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];",
                        "rescheduleForm:dueOn_input",
                        supervisors.plusDays(7).toString());
        browser.find("rescheduleForm:reason").sendKeys("Customer asked for next week");
        browser.click("rescheduleForm:rescheduleSave");
        browser.waitForText("rescheduleForm:rescheduleMessages", conflict);
        assertEquals(
                supervisors.toString(),
                browser.find("rescheduleForm:dueOn_input").getAttribute("value"),
                "the dialog shows the task as it is now");
        browser.screenshot(screenshot);
        browser.driver().executeScript("PF('rescheduleDialog').hide();");

        JsonObject after = taskOf("manager", task.getString("customerCode"), id);
        assertEquals(supervisors.toString(), after.getString("dueOn"), "the manager's stale save changed nothing");
        assertEquals(supervisorsReason, after.getString("rescheduleReason"));
        assertEquals(version + 1, after.getJsonNumber("version").longValue());
    }

    /** The first row of the manager's upcoming tasks, in the inbox's order (due date, then id). */
    private JsonObject firstUpcomingTaskOf(String manager) throws Exception {
        HttpResponse<String> response = api.get("api/tasks?status=OPEN&owner=" + manager + "&size=500", manager);
        assertEquals(200, response.statusCode(), response.body());
        LocalDate today = LocalDate.now();
        return ApiClient.json(response.body()).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> LocalDate.parse(t.getString("dueOn")).isAfter(today))
                .findFirst()
                .orElseThrow(() -> new AssertionError(manager + " has no upcoming task: " + response.body()));
    }

    private JsonObject taskOf(String user, String customerCode, long id) throws Exception {
        HttpResponse<String> response = api.get("api/tasks?size=500&customer=" + customerCode, user);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response.body()).getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("task " + id + " not among " + user + "'s"));
    }

    private String doneLabel() {
        return browser.driver()
                .findElement(By.xpath("//div[@id='inboxForm:view']//*[contains(text(),'Done')]"))
                .getText();
    }
}
