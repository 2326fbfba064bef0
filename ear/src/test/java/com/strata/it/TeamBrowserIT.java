package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Team page in a real browser: the supervisor reads the team's figures, narrows the team's customers to one
 * manager's and moves two of them, with their open tasks, to another manager; in English and Chinese.
 */
class TeamBrowserIT extends BrowserSession {

    @Test
    void theSupervisorReassignsCustomersWithTheirTasks() throws Exception {
        new DemoCustomers().goldOrBetterOf("manager3");
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navTeam");
        browser.waitForText("teamForm:managers", "Chen Jie");

        choose("teamActions:fromManager", "manager3");
        browser.click("teamActions:show");
        browser.waitForText("teamActions:matchCount", "customers match the filter");
        browser.screenshot("team-matches", browser.find("teamActions"));
        List<WebElement> boxes =
                browser.driver().findElements(By.cssSelector("[id='teamActions:matches_data'] tr .ui-chkbox-box"));
        assertTrue(
                boxes.size() >= 2,
                () -> "a page of manager3's customers to choose from: "
                        + browser.find("teamActions").getText());
        boxes.get(0).click();
        boxes.get(1).click();
        choose("teamActions:target", "manager2");
        browser.click("teamActions:moveChosen");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));

        try {
            browser.waitForText("messages", "Moved 2 customers and");
        } catch (org.openqa.selenium.TimeoutException notMoved) {
            browser.screenshot("team-not-moved");
            throw notMoved;
        }
        assertTrue(browser.find("messages").getText().contains("open tasks to manager2"));
        browser.driver().manage().window().setSize(new Dimension(1366, 1500));
        browser.screenshot("team-en");

        browser.click("languageForm:langZh");
        browser.waitForText("teamForm:managers", "各等级客户数");
        browser.screenshot("team-zh");
    }

    /** The row checkboxes of the matches table, PrimeFaces' styled box or the browser's own. */
    private List<WebElement> checkboxes() {
        return browser.driver()
                .findElements(By.cssSelector("[id='teamActions:matches_data'] td.ui-selection-column .ui-chkbox-box,"
                        + " [id='teamActions:matches_data'] td.ui-selection-column input[type='checkbox']"));
    }

    /** Picks a PrimeFaces select menu's option by its value, through the menu's own widget (no animation to race). */
    private void choose(String menuId, String value) {
        browser.find(menuId);
        browser.driver()
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    }
}
