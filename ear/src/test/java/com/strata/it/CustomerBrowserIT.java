package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer page in a real browser: after two more weekly runs (the business clock moved, not waited for), a
 * manager opens a Gold-or-better customer of their own, reads the profile, the tier badge, the entitlements, the
 * explanation and the history, pages through the purchases, switches to Chinese and reads the explanation in Chinese; opening
 * another manager's customer shows the 403 page; an unknown code says there is no such customer.
 */
class CustomerBrowserIT extends BrowserSession {

    private final DemoCustomers customers = new DemoCustomers();

    @Test
    void aManagerReadsTheirCustomerInEnglishAndChinese() throws Exception {
        customers.applyDaysAhead(7, 14);
        String code = customers.goldOrBetterOf("manager");
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);

        browser.open("customers/customer.xhtml?code=" + code);

        browser.waitForText("customerCode", code);
        String badge = browser.find("tierBadge").getText();
        assertTrue(badge.equals("Diamond") || badge.equals("Platinum") || badge.equals("Gold"), badge);
        assertTrue(
                browser.find("entitlements").getText().contains("SLA"),
                browser.find("entitlements").getText());
        String explanation = browser.find("explanation").getText();
        assertTrue(explanation.contains("Last purchase"), explanation);
        assertFalse(browser.find("movesUp").getText().isBlank(), "what moves them up is listed");
        assertTrue(browser.find("historyTable").getText().contains(badge), "the history ends in the live tier");
        assertFalse(browser.find("timeline").getText().isBlank());
        browser.driver().manage().window().setSize(new Dimension(1366, 2600));
        browser.screenshot("customer-360-en");

        browser.click("languageForm:langZh");
        browser.waitForText("entitlements", "专属客户经理");
        String chinese = browser.find("explanation").getText();
        assertTrue(chinese.contains("最近一次购买"), chinese);
        assertFalse(chinese.contains("Last purchase"), "the explanation is in Chinese: " + chinese);
        String chineseBadge = browser.find("tierBadge").getText();
        assertTrue(chineseBadge.equals("钻石") || chineseBadge.equals("白金") || chineseBadge.equals("黄金"), chineseBadge);
        browser.screenshot("customer-360-zh");

        String newest = browser.find("activity:purchasesForm:purchases").getText();
        browser.driver()
                .findElement(By.cssSelector("[id='activity:purchasesForm:purchases'] .ui-paginator-next"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !browser.find("activity:purchasesForm:purchases")
                        .getText()
                        .equals(newest));
    }

    @Test
    void anotherManagersCustomerIsRefusedAndAnUnknownCodeSaysSo() throws Exception {
        String foreign = customers.notOwnedBy("manager");
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);

        browser.open("customers/customer.xhtml?code=" + foreign);
        assertEquals(403, browser.status(), browser.pageText());
        assertTrue(browser.pageText().contains("Not allowed"), browser.pageText());

        browser.open("customers/customer.xhtml?code=NO-SUCH-CUSTOMER");
        browser.waitForText("unknown", "There is no customer with the code NO-SUCH-CUSTOMER");
    }
}
