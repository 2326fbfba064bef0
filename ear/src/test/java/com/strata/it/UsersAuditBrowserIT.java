package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The users and audit pages in a real browser: an administrator creates a user and finds it in the list; the new user
 * signs in with the temporary password and is kept on the password page until they changed it; the audit page
 * filters by subject and shows one entry's fields before and after; in English and Chinese.
 */
class UsersAuditBrowserIT extends BrowserSession {

    @Test
    void theAdministratorCreatesAUserAndFindsIt() throws Exception {
        String username = "br-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navUsers");
        browser.waitForText("passwordRules", "at least 10 characters");

        browser.click("usersForm:addUser");
        browser.find("userEditForm:username").sendKeys(username);
        browser.find("userEditForm:displayName").sendKeys("Browser Test " + username);
        // The fourth role, account manager (Roles.ALL order).
        browser.driver()
                .findElements(By.cssSelector("[id='userEditForm:roles'] .ui-chkbox-box"))
                .get(3)
                .click();
        browser.click("userEditForm:saveUser");
        browser.waitForText("passwordForm", username);
        String temporary = browser.find("temporaryPassword").getText();
        assertEquals(14, temporary.length(), temporary);
        browser.click("passwordForm:closePassword");

        browser.find("usersForm:name").sendKeys(username);
        browser.click("usersForm:filter");
        browser.waitForText("usersForm:users", "Browser Test " + username);
        assertTrue(browser.find("usersForm:users").getText().contains("must change the password"));

        browser.find("usersForm:name").clear();
        browser.click("usersForm:filter");
        browser.waitForText("usersForm:users", "Ada Admin");
        browser.driver().manage().window().setSize(new Dimension(1366, 1100));
        browser.screenshot("users-en");
        browser.click("languageForm:langZh");
        browser.waitForText("passwordRules", "密码规则");
        browser.screenshot("users-zh");
    }

    @Test
    void aTemporaryPasswordKeepsTheUserOnThePasswordPageUntilChanged() throws Exception {
        TestUsers.Created user = new TestUsers().create("br-temp", "ACCOUNT_MANAGER", null);
        browser.signIn(user.username(), user.password());
        browser.waitForText("temporaryNote", "temporary");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"));
        browser.open("customers/list.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"),
                browser.driver().getCurrentUrl());

        browser.find("passwordForm:currentPassword").sendKeys(user.password());
        browser.find("passwordForm:newPassword").sendKeys("river7stone-lake");
        browser.find("passwordForm:repeatPassword").sendKeys("river7stone-lakes");
        browser.click("passwordForm:change");
        browser.waitForText("messages", "New password again: the two new passwords differ");

        browser.find("passwordForm:currentPassword").sendKeys(user.password());
        browser.find("passwordForm:newPassword").sendKeys("river7stone-lake");
        browser.find("passwordForm:repeatPassword").sendKeys("river7stone-lake");
        browser.click("passwordForm:change");
        browser.waitForText("messages", "Your password is changed.");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/home.xhtml"),
                browser.driver().getCurrentUrl());
        browser.open("customers/list.xhtml");
        assertTrue(browser.driver().getCurrentUrl().contains("/customers/list.xhtml"));
    }

    @Test
    void theAuditPageFiltersBySubjectAndShowsBeforeAndAfter() throws Exception {
        TestUsers.Created user = new TestUsers().create("br-audit", "ANALYST", null);
        new ApiClient().send("POST", "api/users/" + user.username() + "/deactivate", "admin", null);
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navAudit");
        browser.find("auditForm:subject").sendKeys("user " + user.username());
        browser.click("auditForm:filter");
        browser.waitForText("auditForm:entries", "USER_DEACTIVATED");
        assertTrue(browser.find("auditForm:entries").getText().contains("USER_CREATED"));
        assertTrue(browser.find("auditForm:entries").getText().contains("1–2 of 2 entries"));

        browser.click("auditForm:entries:0:show");
        browser.waitForText("changesForm:changes", "active");
        assertEquals(
                "true",
                browser.driver()
                        .findElement(By.cssSelector("[id='changesForm:changes'] .strata-audit-before"))
                        .getText());
        assertEquals(
                "false",
                browser.driver()
                        .findElement(By.cssSelector("[id='changesForm:changes'] .strata-audit-after"))
                        .getText());
        browser.screenshot("audit-en");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#changesDialog .ui-dialog-titlebar-close")))
                .click();
        browser.click("languageForm:langZh");
        browser.waitForText("auditForm:entries", "USER_DEACTIVATED");
        assertTrue(browser.pageText().contains("审计日志"));
        browser.click("auditForm:entries:0:show");
        browser.waitForText("changesForm:changes", "变更前");
        browser.screenshot("audit-zh");
    }

    @Test
    void theAdministratorUnlocksALockedAccountAfterConfirming() throws Exception {
        ApiClient api = new ApiClient();
        TestUsers users = new TestUsers();
        TestUsers.Created user = users.create("br-lock", "SERVICE_AGENT", null);
        String password = "river7stone-lake";
        assertEquals(204, users.changePassword(user, password).statusCode());
        for (int attempt = 0; attempt < 5; attempt++) {
            api.sendAs("GET", "api/me", user.username(), "wrong-" + attempt, null);
        }
        assertEquals(
                429,
                api.sendAs("GET", "api/me", user.username(), password, null).statusCode(),
                "locked");

        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navUsers");
        showUser(user.username(), "Locked after failed sign-ins");
        browser.screenshot("users-locked-en");
        browser.click("languageForm:langZh");
        browser.waitForText("passwordRules", "密码规则");
        showUser(user.username(), "因多次登录失败已锁定");
        browser.screenshot("users-locked-zh");
        browser.click("languageForm:langEn");
        browser.waitForText("passwordRules", "at least 10 characters");
        showUser(user.username(), "Locked after failed sign-ins");
        browser.click("usersForm:users:0:unlock");
        browser.waitForText("usersForm:confirmDialog", "Unlock this account?");
        browser.click("usersForm:confirmNo");
        assertEquals(
                429,
                api.sendAs("GET", "api/me", user.username(), password, null).statusCode(),
                "still locked");

        browser.click("usersForm:users:0:unlock");
        browser.waitForText("usersForm:confirmDialog", "Unlock this account?");
        browser.click("usersForm:confirmYes");
        browser.waitForText("messages", "User " + user.username() + " is unlocked");
        assertTrue(
                browser.driver().findElements(By.id("usersForm:users:0:unlock")).isEmpty());
        assertEquals(
                200,
                api.sendAs("GET", "api/me", user.username(), password, null).statusCode(),
                "unlocked");
        JsonObject entry = ApiClient.json(
                        api.get("api/audit?action=LOGIN_UNLOCKED&subject=user%20" + user.username(), "admin")
                                .body())
                .getJsonArray("entries")
                .getJsonObject(0);
        assertEquals("admin", entry.getString("actor"));
    }

    /** The users list narrowed to one user, once it shows the given text. */
    private void showUser(String username, String text) {
        browser.find("usersForm:name").clear();
        browser.find("usersForm:name").sendKeys(username);
        browser.click("usersForm:filter");
        browser.waitForText("usersForm:users", text);
    }
}
