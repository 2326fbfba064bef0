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
 * manager's Diamond customers and moves two of them, with their open tasks, to another manager; in English and
 * Chinese.
 */
class TeamBrowserIT extends BrowserSession {

    @Test
    void theSupervisorReassignsCustomersWithTheirTasks() throws Exception {
        new DemoCustomers().goldOrBetterOf("manager3");
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navTeam");
        browser.waitForText("teamForm:managers", "Chen Jie");

        choose("reassignForm:fromManager", "Chen Jie (Account manager)");
        choose("reassignForm:tier", "Diamond");
        browser.click("reassignForm:show");
        browser.waitForText("reassignForm:chosenCount", "0 chosen of");
        List<WebElement> boxes = browser.driver()
                .findElements(By.cssSelector("[id='reassignForm:matches_data'] tr .ui-chkbox-box"));
        assertTrue(boxes.size() >= 2, "at least two Diamond customers of manager3");
        boxes.get(0).click();
        browser.waitForText("reassignForm:chosenCount", "1 chosen of");
        browser.driver()
                .findElements(By.cssSelector("[id='reassignForm:matches_data'] tr .ui-chkbox-box"))
                .get(1)
                .click();
        browser.waitForText("reassignForm:chosenCount", "2 chosen of");
        choose("reassignForm:target", "Wang Fang (Account manager)");
        browser.click("reassignForm:moveChosen");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();

        browser.waitForText("messages", "Moved 2 customers and");
        assertTrue(browser.find("messages").getText().contains("open tasks to manager2"));
        browser.driver().manage().window().setSize(new Dimension(1366, 1500));
        browser.screenshot("team-en");

        browser.click("languageForm:langZh");
        browser.waitForText("teamForm:managers", "各等级客户数");
        browser.screenshot("team-zh");
    }

    private void choose(String menuId, String label) {
        browser.click(menuId);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']")))
                .click();
    }
}
