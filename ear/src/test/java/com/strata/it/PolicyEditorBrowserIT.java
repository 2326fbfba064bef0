package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The policy editor in a real browser: an analyst turns one AHP judgement round and sees, as she types, that the
 * draft cannot be activated and which judgement to revise; an administrator's activation of that draft is refused.
 * An administrator finds a draft with a larger Diamond tier among the versions, compares it with the active one (the
 * changed threshold highlighted), previews it, reads its cost and activates it after the confirmation; the previous policy is made active again at the end so the other tests keep theirs.
 */
class PolicyEditorBrowserIT extends BrowserSession {

    private final ApiClient api = new ApiClient();

    @Test
    void contradictoryJudgementsBlockActivationAndNameTheJudgementToRevise() throws Exception {
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navPolicyVersions");
        browser.waitForText("versionsForm:versions", "active");
        browser.open("policies/editor.xhtml");
        browser.waitForText("editorForm:ahpResult", "CR =");

        type("editorForm:ahp02", "0.25");
        browser.waitForText("editorForm:blocked", "cannot be activated");
        String blocked = browser.find("editorForm:blocked").getText();
        assertTrue(blocked.contains("Current value over Relationship value = 0.25"), blocked);
        assertTrue(blocked.contains("about"), blocked);
        assertEquals("4.00", browser.find("editorForm:recip20").getText(), "the reciprocal fills itself");
        browser.driver().manage().window().setSize(new Dimension(1366, 3000));
        browser.screenshot("policy-editor-en");

        type("editorForm:note", "contradictory judgements");
        browser.click("editorForm:save");
        browser.waitForText("messages", "Saved as draft v");
        String saved = browser.find("messages").getText();
        int draft = Integer.parseInt(saved.replaceAll("(?s).*Saved as draft v(\\d+).*", "$1"));
        browser.waitForText("editorForm:blocked", "cannot be activated");

        browser.click("languageForm:langZh");
        browser.waitForText("editorForm:blocked", "不能启用");
        browser.screenshot("policy-editor-zh");

        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.open("policies/versions.xhtml");
        browser.click("languageForm:langEn");
        browser.waitForText("versionsForm:versions", "v" + draft);
        activateRow(draft);
        browser.waitForText("messages", "Policy version v" + draft + " was not activated");
        assertTrue(
                browser.find("messages").getText().contains("CR ="),
                browser.find("messages").getText());
    }

    @Test
    void anAdministratorPreviewsADraftReadsItsCostAndActivatesIt() throws Exception {
        JsonObject original = active();
        String larger = original.getJsonObject("document")
                .toString()
                .replaceFirst("\"thresholds\":\\s*\\[\\s*0\\.01", "\"thresholds\":[0.02");
        HttpResponse<String> drafted = api.send("POST", "api/policies?note=larger%20Diamond", "analyst", larger);
        assertEquals(201, drafted.statusCode(), drafted.body());
        int draft = ApiClient.json(drafted.body()).getInt("version");
        try {
            browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
            browser.open("policies/versions.xhtml");
            browser.click("languageForm:langEn");
            browser.waitForText("versionsForm:versions", "v" + draft);
            browser.driver().manage().window().setSize(new Dimension(1366, 1000));
            browser.screenshot("policy-versions-en");
            browser.click("languageForm:langZh");
            browser.waitForText("versionsForm:versions", "草稿");
            browser.screenshot("policy-versions-zh");

            // The diff of the active version and the draft: the one changed option, highlighted, in both languages.
            browser.open("policies/diff.xhtml?a=" + original.getInt("version") + "&b=" + draft);
            browser.waitForText("diffForm:changeCount", "之间有 1 个选项不同");
            WebElement changed = browser.find("diffForm:rows").findElement(By.cssSelector("tr.strata-diff-changed"));
            assertTrue(changed.getText().contains("0.02"), changed.getText());
            browser.screenshot("policy-diff-zh");
            browser.click("languageForm:langEn");
            browser.waitForText("diffForm:changeCount", "1 option(s) differ between v" + original.getInt("version"));
            browser.screenshot("policy-diff-en");

            browser.open("policies/preview.xhtml?id=" + draft);
            browser.waitForText("previewForm:noPreview", "no preview run yet");
            browser.click("previewForm:start");
            new WebDriverWait(browser.driver(), Duration.ofMinutes(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewForm:costSummary")));
            String summary = browser.find("previewForm:costSummary").getText();
            assertTrue(summary.contains("customers change tier"), summary);
            assertTrue(browser.find("previewForm:managers").getText().contains("Gaining"));
            browser.driver().manage().window().setSize(new Dimension(1366, 1500));
            browser.screenshot("policy-preview-en");
            browser.click("languageForm:langZh");
            browser.waitForText("previewForm:costSummary", "位客户等级变化");
            browser.screenshot("policy-preview-zh");
            browser.click("languageForm:langEn");
            browser.waitForText("previewForm:costSummary", "customers change tier");

            browser.click("previewForm:activate");
            browser.waitForText("previewForm:confirmText", "Activate v" + draft + "?");
            assertTrue(
                    browser.find("previewForm:confirmText").getText().contains("gain and"),
                    "the confirmation repeats the figures");
            browser.click("previewForm:confirmActivate");
            browser.waitForText("messages", "Policy version v" + draft + " is now active.");
            assertEquals(draft, active().getInt("version"));
        } finally {
            restore(original);
        }
    }

    /** Makes the policy that was active before the test active again, as a new version with the same document. */
    private void restore(JsonObject original) throws Exception {
        if (active().getInt("version") == original.getInt("version")) {
            return;
        }
        HttpResponse<String> copy = api.send(
                "POST",
                "api/policies?note=restored%20after%20PolicyEditorBrowserIT",
                "admin",
                original.getJsonObject("document").toString());
        assertEquals(201, copy.statusCode(), copy.body());
        int version = ApiClient.json(copy.body()).getInt("version");
        assertEquals(
                200,
                api.send("POST", "api/policies/" + version + "/activate", "admin", null)
                        .statusCode());
    }

    private void activateRow(int version) {
        WebElement button = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[.//span[contains(@id,':number') and"
                        + " normalize-space(text())='v" + version + "']]//button[contains(@id,':activate')]")));
        button.click();
        browser.click("versionsForm:confirmYes");
    }

    private JsonObject active() throws Exception {
        return ApiClient.json(
                api.send("GET", "api/policies/active", "analyst", null).body());
    }

    private void type(String id, String value) {
        WebElement field = browser.find(id);
        field.clear();
        field.sendKeys(value);
    }
}
