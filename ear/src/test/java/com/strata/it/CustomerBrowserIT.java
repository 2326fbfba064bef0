package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The customer page in a real browser: a manager opens a Gold-or-better customer of their own, reads the profile, the
 * tier badge, the entitlements and the explanation, switches to Chinese and reads the explanation in Chinese; opening
 * another manager's customer shows the 403 page; an unknown code says there is no such customer.
 */
class CustomerBrowserIT extends BrowserSession {

    private final DemoCustomers customers = new DemoCustomers();

    @Test
    void aManagerReadsTheirCustomerInEnglishAndChinese() throws Exception {
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
        browser.driver().manage().window().setSize(new Dimension(1366, 1600));
        browser.screenshot("customer-360-en");

        browser.click("languageForm:langZh");
        browser.waitForText("entitlements", "专属客户经理");
        String chinese = browser.find("explanation").getText();
        assertTrue(chinese.contains("最近一次购买"), chinese);
        assertFalse(chinese.contains("Last purchase"), "the explanation is in Chinese: " + chinese);
        String chineseBadge = browser.find("tierBadge").getText();
        assertTrue(chineseBadge.equals("钻石") || chineseBadge.equals("白金") || chineseBadge.equals("黄金"), chineseBadge);
        browser.screenshot("customer-360-zh");
    }

    @Test
    void anotherManagersCustomerIsRefusedAndAnUnknownCodeSaysSo() throws Exception {
        String foreign = customers.notOwnedBy("manager");
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);

        browser.open("customers/customer.xhtml?code=" + foreign);
        assertRefused();

        browser.open("customers/customer.xhtml?code=NO-SUCH-CUSTOMER");
        browser.waitForText("unknown", "There is no customer with the code NO-SUCH-CUSTOMER");
    }
}
