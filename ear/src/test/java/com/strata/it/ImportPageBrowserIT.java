package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The imports page in a real browser: an analyst uploads a file and reads the row report; a manager has no menu. */
class ImportPageBrowserIT extends BrowserSession {

    @Test
    void analystUploadsCustomersAndSeesTheRejectedRow() throws Exception {
        Path csv = Files.createTempFile("customers", ".csv");
        Files.writeString(csv, """
                code,name,kind,status
                UI-C1,广州南方贸易有限公司,COMPANY,ACTIVE
                UI-C2,Chen Jing,ROBOT,ACTIVE
                """, StandardCharsets.UTF_8);
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.click("navForm:navImports");

        browser.driver().findElement(By.id("importForm:file_input")).sendKeys(csv.toString());

        browser.waitForText("importForm:errors", "is not one of PERSON, COMPANY");
        assertEquals("2", browser.find("totalRead").getText());
        assertEquals("1", browser.find("totalInserted").getText());
        assertEquals("1", browser.find("totalRejected").getText());
        assertTrue(browser.find("importForm:downloadErrors").isDisplayed());
        browser.screenshot("imports-analyst");
    }

    @Test
    void largeFileUploadsInChunksAndRunsAsABatchJob() throws Exception {
        StringBuilder rows = new StringBuilder("code,name,kind,region,status\n");
        for (int i = 0; rows.length() <= 3 * 1024 * 1024; i++) {
            rows.append(String.format("UI-BIG-%06d,Customer %06d with a long enough name,PERSON,华东/上海,ACTIVE%n", i, i));
        }
        long expected = rows.chars().filter(c -> c == '\n').count() - 1;
        Path csv = Files.writeString(Files.createTempFile("big-customers", ".csv"), rows, StandardCharsets.UTF_8);
        browser.signIn("admin", StrataDeployment.DEMO_PASSWORD);
        browser.open("imports/upload.xhtml");

        browser.driver().findElement(By.id("importForm:file_input")).sendKeys(csv.toString());

        browser.waitForText("state", "finished");
        assertEquals(String.valueOf(expected), browser.find("totalInserted").getText());
        assertEquals("0", browser.find("totalRejected").getText());
    }

    @Test
    void accountManagerHasNoImportsMenuAndIsRefusedThePage() {
        browser.signIn("manager", StrataDeployment.DEMO_PASSWORD);
        browser.find("currentUserName");

        assertTrue(browser.driver().findElements(By.id("navForm:navImports")).isEmpty());
        browser.open("imports/upload.xhtml");
        assertRefused();
    }
}
