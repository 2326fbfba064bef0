package com.strata.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh headless Chromium for every test, so no cookie or session leaks from one test into the next. */
abstract class BrowserSession extends DeployedStrata {

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /**
     * The page on show is the server's refusal: 403 with its one-word page, not a failure or a blank page that merely
     * lacks the form. The application has no error page of its own, so the word is English in either UI language.
     */
    void assertRefused() {
        assertEquals(403, browser.status(), () -> "refused with 403, got the page: " + browser.pageText());
        assertTrue(
                browser.pageText().contains("Your role or portfolio does not include this page or customer."),
                () -> "the 403 page says why: " + browser.pageText());
    }
}
