package com.strata.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, so Selenium Manager never tries to download a
 * browser. The flags keep Chromium off the network it cannot reach and let it run as root in CI.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() throws IOException {
        this(null);
    }

    /** A browser that saves downloads into the directory (null: Chromium's default). */
    Browser(Path downloads) throws IOException {
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        }
        options.setBinary(System.getProperty("strata.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("strata-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("strata.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(StrataDeployment.url(path).toString());
    }

    /** The HTTP status of the page on show, as the browser received it with the document. */
    long status() {
        return (Long) driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    /** The text of the page on show, as a person reads it. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        find("loginForm:username").clear();
        find("loginForm:username").sendKeys(username);
        find("loginForm:password").sendKeys(password);
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id("loginForm:submit")));
        submit.click();
        // The answer has arrived (and with it the session cookie) once the login page it replaced is gone.
        wait.until(d -> isGone(submit));
    }

    /**
     * Whether the element's document was replaced. Chrome reports a node of a replaced document either as stale or,
     * in a race with the navigation, as not belonging to the document; both mean it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("strata.screenshots")));
        return Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Only the element, e.g. one section of a page. */
    Path screenshot(String name, WebElement element) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("strata.screenshots")));
        return Files.write(dir.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
