package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The dashboard in a real browser: an analyst opens it from the menu, reads every chart with its table in English and
 * Chinese, and a tier's figure leads to that tier's customers; an account manager is refused the page.
 */
class DashboardBrowserIT extends BrowserSession {

    @Test
    void theAnalystReadsTheDashboardAndFollowsAFigureToItsCustomers() throws Exception {
        ScoredDemoBase.await();
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navDashboard");
        browser.waitForText("tierTable", "Diamond");
        for (String id : new String[] {
            "tierChart",
            "paretoChart",
            "trendChart",
            "clvChart",
            "churnChart",
            "funnelChart",
            "riskChart",
            "migration",
            "grid",
            "liveTable"
        }) {
            browser.find(id);
        }
        assertTrue(
                browser.find("grid").getText().contains("R5"),
                browser.find("grid").getText());
        browser.driver().manage().window().setSize(new Dimension(1440, 4800));
        browser.screenshot("dashboard-en");

        browser.click("languageForm:langZh");
        browser.waitForText("gridCard", "R × F 矩阵");
        browser.waitForText("tierTable", "钻石");
        browser.screenshot("dashboard-zh");

        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.driver().findElement(By.cssSelector("#stageTable tbody tr a")).click();
        browser.find("listForm");
        assertTrue(
                browser.driver().getCurrentUrl().contains("customers/list.xhtml?stage="),
                browser.driver().getCurrentUrl());
    }

    @Test
    void anAccountManagerIsRefusedTheDashboard() throws Exception {
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.open("analytics/dashboard.xhtml");
        assertRefused();
    }
}
