package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The API tokens page: create a token (its secret shown once), revoke one after confirming; English and Chinese. */
class TokensBrowserIT extends BrowserSession {

    private void createToken(String name) {
        browser.find("tokensForm:name").clear();
        browser.find("tokensForm:name").sendKeys(name);
        browser.click("tokensForm:create");
        browser.waitForText("tokensForm:tokens", name);
    }

    @Test
    void aTokenIsShownOnceThenListedAndRevokedAfterConfirmation() throws Exception {
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navTokens");
        browser.find("tokensForm:tokens");

        createToken("reporting script");
        String secret = browser.find("tokensForm:secret").getAttribute("value");
        assertTrue(secret.startsWith("strata_"), secret);
        createToken("nightly export");
        browser.screenshot("tokens-en");

        WebElement firstRow = browser.driver().findElement(By.cssSelector("#tokensForm\\:tokens_data tr"));
        assertTrue(firstRow.getText().contains("nightly export"), firstRow.getText());
        firstRow.findElement(By.cssSelector("button[id$=':revoke']")).click();
        browser.click("tokensForm:confirmYes");
        browser.waitForText("tokensForm:tokens_data", "Revoked");
        browser.open("account/tokens.xhtml");
        assertTrue(browser.find("tokensForm:tokens").getText().contains("Revoked"));
        assertTrue(!browser.driver().getPageSource().contains(secret), "the secret is never shown again");
    }

    @Test
    void thePageSpeaksChinese() throws Exception {
        browser.open("login.xhtml");
        browser.click("languageForm:langZh");
        browser.waitForText("loginForm:submit", "登录");
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navTokens");

        browser.waitForText("navForm:navTokens", "API 令牌");
        createToken("每周报表");
        assertEquals(
                "API 令牌",
                browser.driver().findElement(By.cssSelector(".strata-title")).getText());
        browser.screenshot("tokens-zh");
    }
}
