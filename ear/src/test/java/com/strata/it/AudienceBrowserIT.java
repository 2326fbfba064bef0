package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.audience.ExportColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audience builder as an analyst uses it: a filter from the URL, a filter changed on the page recounts at once,
 * the audience saved by name, exported as CSV and as XLSX and both files read back (every customer of the count, a
 * Chinese name, the demo's "=" name neutralised), in English and in Chinese.
 */
class AudienceBrowserIT extends DeployedStrata {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private Path downloads;
    private Browser browser;

    @BeforeAll
    static void scored() throws Exception {
        ScoredDemoBase.await();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory("strata-downloads");
        browser = new Browser(downloads);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAnalystBuildsSavesAndExportsAnAudience() throws Exception {
        browser.signIn("analyst", StrataDeployment.DEMO_PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(1500, 1400));
        browser.click("navForm:navAudiences");
        long everyone = count();

        browser.open("analytics/audiences.xhtml?valueMin=60");
        long valuable = count();
        assertTrue(valuable < everyone, valuable + " of " + everyone);
        assertEquals("60", browser.find("audienceForm:valueMin").getAttribute("value"));

        WebElement valueMin = browser.find("audienceForm:valueMin");
        valueMin.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        waitForCount(everyone);

        String name = "Everyone " + System.nanoTime();
        browser.find("audienceForm:name").sendKeys(name);
        browser.click("audienceForm:save");
        browser.waitForText("audienceForm:saved", name);
        assertTrue(
                browser.driver().getCurrentUrl().contains("id="),
                browser.driver().getCurrentUrl());

        List<List<String>> csv = AudienceExports.csvRows(Files.readAllBytes(export("exportCsv", ".csv")));
        assertEquals(everyone, csv.size() - 1, "CSV rows");
        assertFile(csv);
        browser.screenshot("screenshot-audiences-en");

        List<List<String>> xlsx = AudienceExports.xlsxRows(Files.readAllBytes(export("exportXlsx", ".xlsx")));
        assertEquals(everyone, xlsx.size() - 1, "XLSX rows");
        assertFile(xlsx);

        browser.click("languageForm:langZh");
        browser.waitForText("audienceForm:figures", "客户数");
        exportOnPage("exportXlsx");
        browser.screenshot("screenshot-audiences-zh");
    }

    private static void assertFile(List<List<String>> rows) {
        int name = ExportColumn.NAME.ordinal();
        assertTrue(
                rows.stream().skip(1).anyMatch(row -> HAN.matcher(row.get(name)).find()), "a Chinese name");
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.get(name).startsWith("'=")), "the = name neutralised");
        assertTrue(rows.stream().skip(1).noneMatch(row -> row.get(name).startsWith("=")), "no formula left");
    }

    /** Starts an export on the page, waits for its download button and answers the downloaded file. */
    private Path export(String button, String extension) throws Exception {
        exportOnPage(button);
        browser.click("audienceForm:download");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> downloaded(extension) != null);
        Path file = downloaded(extension);
        // Out of the way of the next download's name.
        return Files.move(file, file.resolveSibling(file.getFileName() + ".read"));
    }

    /** Starts an export and waits for its own download button (a finished export's button goes with the new one). */
    private void exportOnPage(String button) {
        List<WebElement> previous = browser.driver().findElements(By.id("audienceForm:download"));
        browser.click("audienceForm:" + button);
        if (!previous.isEmpty()) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.stalenessOf(previous.get(0)));
        }
        browser.find("audienceForm:download");
    }

    private Path downloaded(String extension) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count() {
        return Long.parseLong(browser.find("audienceForm:count").getText().replaceAll("[^0-9]", ""));
    }

    private void waitForCount(long expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("audienceForm:count"), String.format("%,d", expected)));
    }
}
