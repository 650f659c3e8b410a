package org.redress.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test against the whole stack: one headless Chromium per test class, steps run in the
 * order of their {@code @Order} and hand on what they reached in fields, and each step leaves a
 * screenshot named after it in {@code target/e2e-screenshots/}, passed or failed.
 */
@ExtendWith(WholeStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BrowserSession {

    protected WholeStack stack;
    protected Browser browser;
    protected StaffPages staff;

    @BeforeAll
    void openTheBrowser(WholeStack stack) {
        this.stack = stack;
        this.browser = Browser.start();
        this.staff = new StaffPages(browser);
    }

    @AfterEach
    void screenshotOfTheStep(TestInfo test) {
        browser.screenshot(test.getTestMethod().orElseThrow().getName());
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Fails a step that needs what an earlier one did not reach. */
    static void needs(Object reached, String what) {
        if (reached == null) {
            throw new AssertionError("this step needs " + what + ", which did not succeed");
        }
    }
}
