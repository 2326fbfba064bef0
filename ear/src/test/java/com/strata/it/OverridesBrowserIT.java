package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tier override in the browser: the account manager requests one on the customer page, the supervisor approves it
 * there and the customer's live tier changes at once; the section reads in English and Chinese.
 */
class OverridesBrowserIT extends BrowserSession {

    private final ApiClient api = new ApiClient();

    @Test
    void aManagerRequestsAnOverrideAndTheSupervisorsApprovalChangesTheTier() throws Exception {
        String code = "OVB-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                200,
                api.postCsv(
                                "api/imports/customers",
                                "analyst",
                                "code,name,kind,account_manager,status\n" + code
                                        + ",Harbour Lights Trading,COMPANY,manager,ACTIVE\n")
                        .statusCode());

        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.open("customers/customer.xhtml?code=" + code);
        browser.waitForText("overridesForm:overrides", "No override has been requested");
        choose("overrideForm:tier", "Platinum");
        choose("overrideForm:category", "STRATEGIC");
        date("overrideForm:startsOn_input", LocalDate.now());
        date("overrideForm:expiresOn_input", LocalDate.now().plusMonths(6));
        browser.find("overrideForm:reasonText").sendKeys("Reference customer for the harbour project");
        browser.click("overrideForm:requestOverride");
        browser.waitForText("messages", "The override was requested");
        browser.waitForText("overridesForm:overrides", "Waiting for approval");
        browser.driver().manage().window().setSize(new Dimension(1366, 1300));
        browser.screenshot("overrides-requested", browser.find("overridesPanel"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.open("customers/customer.xhtml?code=" + code);
        browser.find("overridesForm:comment").sendKeys("Agreed for the project");
        browser.click("overridesForm:overrides:0:approve");
        clickVisible(".ui-confirmdialog-yes");

        browser.waitForText("overrideActive", "Pinned to Platinum");
        browser.waitForText("messages", "The override was approved.");
        assertEquals("Platinum", browser.find("tierBadge").getText().trim(), "the live tier changed at once");
        assertTrue(browser.find("overridesForm:overrides").getText().contains("Live tier none → Platinum"));
        browser.screenshot("overrides-en", browser.find("overridesPanel"));

        browser.click("languageForm:langZh");
        browser.waitForText("overrideActive", "人工指定为白金");
        browser.screenshot("overrides-zh", browser.find("overridesPanel"));
    }

    /** Types the day as the date picker shows it, without opening its calendar. */
    private void date(String inputId, LocalDate day) {
        browser.find(inputId);
        browser.driver()
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId, day.toString());
    }

    private void clickVisible(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    /** Picks a PrimeFaces select menu's option by its value, through the menu's own widget (no animation to race). */
    private void choose(String menuId, String value) {
        browser.find(menuId);
        browser.driver()
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    }
}
