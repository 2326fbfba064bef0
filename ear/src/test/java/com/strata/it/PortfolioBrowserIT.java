package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * My portfolio in a real browser: an account manager opens it from the menu, searches by part of a Chinese name, gets
 * only their own matching customers with the search in the URL, reads the page in Chinese, and opens a result's
 * customer page.
 */
class PortfolioBrowserIT extends BrowserSession {

    @BeforeAll
    static void scored() throws Exception {
        ScoredDemoBase.await();
    }

    @Test
    void aManagerFindsACustomerByPartOfAChineseNameAndOpensIt() throws Exception {
        String part = chineseNamePart();
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navCustomers");
        browser.waitForText("listForm:customers", "manager");
        assertTrue(browser.pageText().contains("My portfolio"), "an account manager's list is their portfolio");

        WebElement search = browser.find("filterForm:q");
        search.sendKeys(part);
        browser.click("filterForm:apply");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8)
                        .contains("q=" + part));
        List<WebElement> rows = browser.find("listForm:customers").findElements(By.cssSelector("tbody tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            String text = row.getText();
            assertTrue(text.contains(part), text);
            assertTrue(text.contains("manager"), text);
            assertFalse(text.contains("manager2") || text.contains("manager3"), "only own customers: " + text);
        }
        browser.driver().manage().window().setSize(new Dimension(1600, 1000));
        browser.screenshot("portfolio-en");

        browser.click("languageForm:langZh");
        browser.waitForText("listForm:customers", "客户经理");
        assertTrue(browser.pageText().contains("我的客户"));
        assertEquals(
                part,
                browser.find("filterForm:q").getAttribute("value"),
                "the search stays with the list in the other language");
        browser.screenshot("portfolio-zh");

        WebElement open = browser.driver().findElement(By.cssSelector("a.strata-customer-open"));
        String code = open.getText().trim();
        open.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/customers/customer.xhtml?code=" + code));
    }

    @Test
    void aLinkOpensAFilteredListAndAWrongValueIsNamed() {
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.open("customers/list.xhtml?manager=manager2&churn=true");
        browser.waitForText("listForm:customers", "manager2");
        assertTrue(browser.pageText().contains("Customers"));
        for (WebElement row : browser.find("listForm:customers").findElements(By.cssSelector("tbody tr"))) {
            assertTrue(row.getText().contains("manager2"), row.getText());
            assertTrue(row.getText().contains("Churn"), row.getText());
        }
        browser.open("customers/list.xhtml?tier=Gilded");
        browser.waitForText("messages", "tier: must be one of");
        browser.waitForText("messages", "\"Gilded\"");
    }

    /** Two consecutive Chinese characters from one of the manager's customers' names (CJK names sort last). */
    private static String chineseNamePart() throws Exception {
        JsonObject page = ApiClient.json(new ApiClient()
                .get("api/customers?size=100&sort=NAME&dir=DESC", "manager")
                .body());
        return page.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("name"))
                .map(PortfolioBrowserIT::twoHan)
                .filter(part -> !part.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the manager has no customer with a Chinese name"));
    }

    private static String twoHan(String name) {
        for (int i = 0; i + 1 < name.length(); i++) {
            if (Character.UnicodeScript.of(name.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(name.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                return name.substring(i, i + 2);
            }
        }
        return "";
    }
}
