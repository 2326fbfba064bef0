package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The service calendar page in a real browser: an administrator adds a holiday (a missing name is named at its field
 * first) and sees it listed, in English and Chinese, then removes it after confirming; an agent reads the page
 * without editing; an account manager is turned away.
 */
class ServiceCalendarBrowserIT extends BrowserSession {

    @Test
    void anAdministratorAddsAHolidayAndSeesItListed() throws Exception {
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navCalendar");
        browser.waitForText("calendarForm", "Business hours");
        browser.waitForText("tryResult", "business hours from");

        type("newExceptionForm:date_input", "2031-10-01");
        browser.driver().findElement(By.id("newExceptionForm:date_input")).sendKeys(Keys.ESCAPE);
        browser.click("newExceptionForm:addException");
        browser.waitForText("newExceptionForm", "Name: must not be blank");
        assertFalse(browser.find("exceptionsForm:exceptions").getText().contains("2031-10-01"), "nothing was added");

        type("newExceptionForm:name", "Browser test holiday");
        browser.click("newExceptionForm:addException");
        browser.waitForText("messages", "2031-10-01 was added to the service calendar.");
        browser.waitForText("exceptionsForm:exceptions", "Browser test holiday");
        String row = browser.find("exceptionsForm:exceptions").getText();
        assertTrue(row.contains("2031-10-01 · Wednesday"), row);
        assertTrue(row.contains("Holiday"), row);
        browser.driver().manage().window().setSize(new Dimension(1366, 1700));
        Path screenshot = browser.screenshot("calendar-en");
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows a rendered page");

        browser.click("languageForm:langZh");
        browser.waitForText("exceptionsForm:exceptions", "节假日");
        assertTrue(
                browser.find("calendarForm").getText().contains("星期一"),
                browser.find("calendarForm").getText());
        browser.screenshot("calendar-zh");
        browser.click("languageForm:langEn");
        browser.waitForText("exceptionsForm:exceptions", "Browser test holiday");

        WebElement remove = browser.driver()
                .findElement(By.xpath("//tr[contains(., 'Browser test holiday')]//button[contains(@id, ':remove')]"));
        remove.click();
        browser.click("exceptionsForm:confirmYes");
        browser.waitForText("messages", "2031-10-01 was removed");
        assertFalse(browser.find("exceptionsForm:exceptions").getText().contains("Browser test holiday"));
    }

    @Test
    void anAgentReadsTheCalendarWithoutEditingAndAManagerIsTurnedAway() {
        browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navCalendar");
        browser.waitForText("calendarForm", "Business hours");
        assertTrue(browser.driver().findElements(By.id("calendarForm:save")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("newExceptionForm")).isEmpty());
        browser.click("tryForm:tryIt");
        browser.waitForText("tryResult", "business hours from");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");
        assertTrue(browser.driver().findElements(By.id("navForm:navCalendar")).isEmpty());
        browser.open("admin/calendar.xhtml");
        assertRefused();
    }

    private void type(String id, String value) {
        WebElement field = browser.find(id);
        field.clear();
        field.sendKeys(value);
    }
}
