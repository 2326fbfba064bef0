package com.strata.it;

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
}
