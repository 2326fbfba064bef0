package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Policies page in a real browser: an administrator changes Gold's follow-up cadence in the dialog (a broken SLA
 * is named first, by the page's label, and nothing is saved) and reads the change in Gold's history, in English and Chinese; analysts read
 * the page without editing; account managers are turned away.
 */
class TierPoliciesBrowserIT extends BrowserSession {

    @Test
    void anAdministratorChangesGoldsCadenceAndSeesItInTheHistory() throws Exception {
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navPolicies");
        String before = cadenceOf("Gold");
        int cadence = before.equals("every 90 days") ? 45 : 90;

        goldButton("edit").click();
        browser.find("editForm:followUpDays");
        type("editForm:resolutionHours", "2");
        type("editForm:followUpDays", String.valueOf(cadence));
        browser.click("editForm:save");
        browser.waitForText(
                "editForm:editMessages", "Resolution SLA (business hours): must be at least the first-response SLA");
        assertTrue(browser.find("editForm:editMessages").getText().contains("got 2"), "the value is named");
        assertEquals(before, cadenceOf("Gold"), "nothing was saved");

        type("editForm:resolutionHours", "24");
        browser.click("editForm:save");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));

        browser.waitForText("messages", "The service policy of Gold is in force from now.");
        assertEquals("every " + cadence + " days", cadenceOf("Gold"));
        browser.waitForText("historyForm:historyPanel", "History of Gold");
        List<WebElement> versions = browser.find("historyForm:versions").findElements(By.cssSelector("tbody tr"));
        assertTrue(versions.size() >= 2, "the previous values are kept");
        assertTrue(
                versions.get(0).getText().contains("in force"), versions.get(0).getText());
        assertTrue(
                versions.get(0).getText().contains("every " + cadence + " days"),
                versions.get(0).getText());
        assertTrue(versions.get(0).getText().contains("admin"), versions.get(0).getText());
        assertTrue(versions.get(1).getText().contains(before), versions.get(1).getText());
        assertFalse(versions.get(1).getText().contains("in force"), "the previous values have an end");
        // Tall enough for the table and Gold's history below it.
        browser.driver().manage().window().setSize(new Dimension(1366, 1400));
        Path screenshot = browser.screenshot("tier-policies");
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows a rendered page");

        browser.click("languageForm:langZh");
        browser.waitForText("policiesForm:policies", "黄金");
        assertTrue(
                browser.find("policiesForm:policies").getText().contains("每 " + cadence + " 天"),
                browser.find("policiesForm:policies").getText());
        assertFalse(browser.find("policiesForm:policies").getText().contains("Platinum"), "tier names in Chinese");
        goldButton("history").click();
        browser.waitForText("historyForm:historyPanel", "黄金的历史记录");
        // The panel is re-rendered by the same answer; waiting on the table itself outlasts a stale element.
        browser.waitForText("historyForm:versions", "现行");
        browser.screenshot("tier-policies-zh");

        // The same refusal, said in Chinese with the page's own label for the field and the value found.
        goldButton("edit").click();
        browser.find("editForm:followUpDays");
        type("editForm:resolutionHours", "2");
        browser.click("editForm:save");
        browser.waitForText("editForm:editMessages", "解决时限（工作小时）：不能少于首次响应时限");
        String chineseProblem = browser.find("editForm:editMessages").getText();
        assertTrue(chineseProblem.contains("实际为 2"), chineseProblem);
        assertFalse(chineseProblem.contains("must be"), "no English in the Chinese dialog: " + chineseProblem);
        browser.screenshot("tier-policies-problem-zh");
    }

    @Test
    void analystsReadThePoliciesButCannotEditAndManagersAreTurnedAway() {
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.open("home.xhtml");
        // The home page's role cards repeat their links, so the link's id carries the repeat's prefix.
        browser.driver().findElement(By.cssSelector("a[id$=':policiesLink']")).click();
        browser.waitForText("policiesForm:policies", "Diamond");
        assertTrue(browser.driver()
                .findElements(By.cssSelector("button[id$=':edit']"))
                .isEmpty());
        goldButton("history").click();
        browser.waitForText("historyForm:historyPanel", "History of Gold");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");
        assertTrue(browser.driver().findElements(By.id("navForm:navPolicies")).isEmpty());
        browser.open("policies/tiers.xhtml");
        assertRefused();
    }

    /** The cadence cell of a tier's row in the table of policies in force. */
    private String cadenceOf(String tier) {
        return browser.driver()
                .findElement(By.xpath("//tr[contains(@class,'strata-tier-row-" + tier
                        + "')]/td[contains(@class,'strata-tier-cadence')]"))
                .getText()
                .trim();
    }

    private WebElement goldButton(String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//tr[contains(@class,'strata-tier-row-Gold')]//button[contains(@id,':" + id + "')]")));
    }

    private void type(String id, String value) {
        WebElement field = browser.find(id);
        field.clear();
        field.sendKeys(value);
    }
}
