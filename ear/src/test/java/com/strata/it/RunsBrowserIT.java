package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The runs pages in a real browser: an analyst starts a PREVIEW, watches the page follow it to the end and reads its
 * detail (migration heatmap, tier chart, model diagnostics); a failed run restarts from the page, or an
 * administrator abandons it; APPLY asks first; unknown runs and other roles are turned away.
 */
class RunsBrowserIT extends BrowserSession {

    /** A PREVIEW of the demo base takes seconds; the seeded APPLY may still be running beside it. */
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(150);

    @Test
    void analystStartsAPreviewWatchesItFinishAndReadsItsDetail() throws Exception {
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navRuns");
        browser.find("runsForm:nextScheduled");

        browser.click("runsForm:start");

        long runId = startedRunId();
        // No reload: the page's own poll must carry the run to its end.
        new WebDriverWait(browser.driver(), RUN_TIMEOUT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        inRunRow(runId, "strata-run-status"), "Completed"));
        assertEquals(
                "Preview",
                browser.driver().findElement(inRunRow(runId, "strata-run-mode")).getText());

        browser.screenshot("runs");
        browser.click("runsForm:startedRunLink");
        browser.waitForText("status", "Completed");

        List<WebElement> cells = browser.find("heatmap").findElements(By.cssSelector("td.strata-heat"));
        assertFalse(cells.isEmpty(), "the migration matrix has cells");
        assertTrue(
                cells.stream().anyMatch(c -> c.getDomAttribute("style").contains("rgba(31, 58, 95, 1.000)")),
                "the largest cell is shaded fully");
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("#heatmap td.strata-heat-diagonal"))
                        .isEmpty(),
                "the diagonal is marked");
        long customers = cells.stream()
                .mapToLong(c -> Long.parseLong(c.getText().replace(",", "")))
                .sum();
        assertTrue(customers > 1_000, "the matrix accounts for the demo base, got " + customers);

        Long bars = (Long) browser.driver()
                .executeScript("var c = PF('tierChart').chart; return c ? c.data.datasets[0].data.length : 0;");
        assertTrue(bars > 0, "the tier chart drew its bars");
        assertTrue(browser.find("tierChart_canvas").getSize().getHeight() > 100, "the tier chart has room");

        for (String parameter : List.of("bgR", "bgAlpha", "bgA", "bgB", "ggP", "ggQ", "ggGamma")) {
            assertTrue(
                    browser.find(parameter).getText().matches("[0-9.]+"),
                    parameter + " shows a fitted value, got '"
                            + browser.find(parameter).getText() + "'");
        }
        assertTrue(Long.parseLong(browser.find("bgCustomersFitted").getText()) > 0);
        assertFalse(browser.find("ahpCr").getText().isBlank());

        Long weeks = (Long) browser.driver()
                .executeScript("var c = PF('trackingChart').chart; return c ? c.data.labels.length : 0;");
        assertTrue(weeks > 26, "the tracking chart drew the weeks before and after the calibration end");
        assertTrue(
                browser.find("holdoutReading").getText().matches("The model (under|over)-forecasts the holdout by .*"),
                browser.find("holdoutReading").getText());
        assertEquals(
                8,
                browser.find("holdoutGroupTable")
                        .findElements(By.cssSelector("tbody tr"))
                        .size());

        // Tall enough for the whole report, diagnostics and holdout check included.
        browser.driver().manage().window().setSize(new Dimension(1366, 3700));
        Path screenshot = browser.screenshot("run-detail");
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows a rendered page");
        browser.screenshot("run-detail-calibration", browser.find("holdoutSection"));

        browser.click("languageForm:langZh");
        browser.waitForText("segmentTable", "客户");
        assertFalse(browser.find("segmentTable").getText().contains("Champions"), "segments are named in Chinese");
        assertTrue(browser.find("stageTable").getText().contains("期"), "stages are named in Chinese");
        assertTrue(browser.find("tierTable").getText().contains("青铜"), "tiers by their Chinese display names");
        assertFalse(browser.find("heatmap").getText().contains("Bronze"), "the heatmap names tiers in Chinese");
        assertFalse(browser.find("heatmap")
                .findElements(By.cssSelector("td.strata-heat"))
                .isEmpty());
        assertTrue(browser.find("holdoutReading").getText().startsWith("模型对保留期的预测"));
        browser.screenshot("run-detail-zh");
        browser.screenshot("run-detail-calibration-zh", browser.find("holdoutSection"));
    }

    @Test
    void aFailedRunIsRestartedFromThePageAfterConfirmationAndCompletes() throws Exception {
        long runId = failedPreviewOnTheRunsPage(2500);
        WebDriverWait untilEnd = new WebDriverWait(browser.driver(), RUN_TIMEOUT);
        assertTrue(browser.driver()
                .findElement(inRunRow(runId, "strata-run-failure"))
                .getText()
                .contains("Restart drill"));
        browser.driver().findElement(runButton(runId, "restart")).click();
        browser.waitForText("runsForm:confirmDialog", "Restart this run?");
        browser.click("runsForm:confirmYes");

        untilEnd.until(
                ExpectedConditions.textToBePresentInElementLocated(inRunRow(runId, "strata-run-status"), "Completed"));
    }

    @Test
    void anAdministratorAbandonsAFailedRunAfterConfirmationAndAnAnalystCannot() throws Exception {
        long runId = failedPreviewOnTheRunsPage(1000);
        By abandon = runButton(runId, "abandon");
        WebDriverWait untilEnd = new WebDriverWait(browser.driver(), RUN_TIMEOUT);
        assertTrue(browser.driver().findElements(abandon).isEmpty(), "analysts restart runs but do not abandon them");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.open("runs/runs.xhtml");
        browser.driver().findElement(abandon).click();
        browser.waitForText("runsForm:confirmDialog", "Abandon this run?");
        browser.click("runsForm:confirmYes");

        untilEnd.until(
                ExpectedConditions.textToBePresentInElementLocated(inRunRow(runId, "strata-run-status"), "Abandoned"));
        browser.waitForText("messages", "Run " + runId + " abandoned");
        assertTrue(
                browser.driver()
                        .findElement(inRunRow(runId, "strata-run-failure"))
                        .getText()
                        .contains("Restart drill"),
                "the failure stays on record");
        assertTrue(browser.driver().findElements(abandon).isEmpty());
    }

    @Test
    void applyAsksBeforeChangingLiveTiersAndNoStartsNothing() throws Exception {
        long newestRun = newestRunId();
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.open("runs/runs.xhtml");

        browser.driver()
                .findElement(By.xpath(
                        "//*[@id='runsForm:mode']//div[contains(@class,'ui-button')][normalize-space()='Apply']"))
                .click();
        browser.waitForText("runsForm:modeHint", "changes their live tiers");
        browser.click("runsForm:start");

        browser.waitForText("runsForm:confirmDialog", "Change live tiers?");
        browser.click("runsForm:confirmNo");
        // Once the dialog is closed and no request is pending, a run that "No" started would be on record.
        WebDriverWait settled = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        settled.until(ExpectedConditions.invisibilityOfElementLocated(By.id("runsForm:confirmDialog")));
        settled.until(d -> (Boolean) browser.driver().executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));

        assertEquals(newestRun, newestRunId(), "no run was started");
        assertTrue(
                browser.driver().findElements(By.id("runsForm:startedRunLink")).isEmpty());
    }

    @Test
    void anUnknownRunIsNamedNotAStackTrace() {
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.open("runs/run.xhtml?id=987654");

        browser.waitForText("messages", "There is no run 987654");
        assertTrue(browser.find("unknown").isDisplayed());
    }

    @Test
    void accountManagerHasNoRunsMenuAndIsRefusedThePage() {
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");

        assertTrue(browser.driver().findElements(By.id("navForm:navRuns")).isEmpty());
        browser.open("runs/runs.xhtml");
        assertRefused();
        browser.open("runs/run.xhtml?id=1");
        assertRefused();
    }

    /**
     * Starts a PREVIEW that fails at the chunk holding this customer position (the restart drill is not offered on
     * the page, so through the API), and shows it failed on the runs page as the analyst.
     */
    private long failedPreviewOnTheRunsPage(int failAfterCustomers) throws Exception {
        var started = new ApiClient()
                .send(
                        "POST",
                        "api/runs",
                        "analyst",
                        "{\"mode\":\"PREVIEW\",\"failAfterCustomers\":" + failAfterCustomers + "}");
        assertEquals(202, started.statusCode(), started.body());
        long runId = ApiClient.json(started.body()).getJsonNumber("id").longValue();
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.open("runs/runs.xhtml");
        new WebDriverWait(browser.driver(), RUN_TIMEOUT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        inRunRow(runId, "strata-run-status"), "Failed"));
        return runId;
    }

    /** The number of the newest run in the history, as the API lists it (newest first). */
    private static long newestRunId() throws Exception {
        var runs = ApiClient.json(new ApiClient().get("api/runs", "analyst").body())
                .getJsonArray("runs");
        return runs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A button in one run's row of the history. */
    private static By runButton(long runId, String id) {
        return By.xpath("//tr[.//a[contains(@id,':open') and normalize-space()='" + runId
                + "']]//button[contains(@id,':" + id + "')]");
    }

    /** The cell text of one run's row in the history, found by the run number its first column links. */
    private static By inRunRow(long runId, String styleClass) {
        return By.xpath("//tr[.//a[contains(@id,':open') and normalize-space()='" + runId
                + "']]//span[contains(@class,'" + styleClass + "')]");
    }

    private long startedRunId() {
        String link = browser.find("runsForm:startedRunLink").getText();
        Matcher id = Pattern.compile("(\\d+)").matcher(link);
        assertTrue(id.find(), "the started run is named: " + link);
        return Long.parseLong(id.group(1));
    }
}
