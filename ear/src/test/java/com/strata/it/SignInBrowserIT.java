package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Signing in, out and back, in a real browser, as each demo user and in both languages. */
class SignInBrowserIT extends BrowserSession {

    @Test
    void loginPageLoadsWithItsForm() {
        browser.open("home.xhtml");

        assertTrue(browser.driver().getCurrentUrl().endsWith("/strata/login.xhtml"));
        assertEquals("Sign in · Strata", browser.driver().getTitle());
        assertTrue(browser.find("loginForm:username").isDisplayed());
        assertTrue(browser.find("loginForm:password").isDisplayed());
    }

    @Test
    void wrongPasswordShowsAVisibleErrorAndStaysOnTheLoginPage() {
        browser.signIn("admin", "wrong-password");

        browser.waitForText("loginForm:loginMessages", "Unknown user or wrong password.");
        assertTrue(browser.find("loginForm:loginMessages").isDisplayed());
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
    }

    @ParameterizedTest(name = "{0} lands on the {1} home page")
    @CsvSource({
        "admin, Administrator, true",
        "analyst, Analyst, false",
        "supervisor, Supervisor, false",
        "manager, Account manager, false",
        "agent, Service agent, false"
    })
    void eachDemoUserLandsOnTheHomePageOfTheirRole(String username, String roleLabel, boolean seesUsers)
            throws Exception {
        browser.signIn(username, StrataDeployment.DEMO_PASSWORD);

        browser.waitForText("currentUserRoles", roleLabel);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/strata/home.xhtml"));
        assertEquals(
                roleLabel,
                browser.driver()
                        .findElement(By.cssSelector(".strata-role-card .ui-card-title"))
                        .getText());
        assertEquals(
                seesUsers,
                !browser.driver().findElements(By.id("navForm:navUsers")).isEmpty());
        Path screenshot = browser.screenshot("home-" + username);
        assertTrue(Files.size(screenshot) > 10_000, "the screenshot shows a rendered page");
    }

    @Test
    void languageSwitchShowsChineseLabels() {
        browser.open("login.xhtml");
        browser.click("languageForm:langZh");

        browser.waitForText("loginForm:submit", "登录");
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.waitForText("currentUserRoles", "客户经理");
        assertEquals("首页", browser.find("navForm:navHome").getText());

        browser.click("languageForm:langEn");
        browser.waitForText("navForm:navHome", "Home");
    }

    @Test
    void anExpiredSessionReturnsToTheLoginPageWithAMessage() {
        browser.signIn("agent", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");

        // What the browser holds after the server dropped the session: a cookie for a session that is gone.
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "expired-session", "/strata"));
        browser.open("home.xhtml");

        browser.waitForText("expiredNotice", "Your session has expired");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml?expired=true"));
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("supervisor", StrataDeployment.DEMO_PASSWORD);
        browser.click("userForm:logout");

        browser.waitForText("loggedOutNotice", "You have signed out.");
        browser.open("home.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        assertFalse(browser.driver().getPageSource().contains("currentUserName"));
    }
}
