package org.redress.systemtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no driver download), with the
 * flags of DESIGN.md. Every step saves a screenshot under {@code target/e2e-screenshots/}, and
 * downloads land in {@code target/e2e-downloads/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/e2e-screenshots").toAbsolutePath();
    static final Path DOWNLOADS = Path.of("target/e2e-downloads").toAbsolutePath();

    private static final String CHROMIUM = System.getProperty("redress.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("redress.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: apt-get install -y chromium chromium-driver"
                        + " (deploy/test/run.sh installs them as root)");
            }
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.createDirectories(DOWNLOADS);
            try (var old = Files.list(DOWNLOADS)) {
                for (Path file : old.toList()) {
                    Files.delete(file); // a download of the same name would otherwise be saved as "name (1)"
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en",
                "download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        // the console, for what the page's own policy blocked (read by contentSecurityPolicyViolations())
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .withLogFile(Path.of("target/chromedriver.log").toAbsolutePath().toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** The driver itself, for tools that drive the page on their own (axe-core's audit). */
    WebDriver driver() {
        return driver;
    }

    /**
     * What the browser refused because of a page's Content-Security-Policy (inline styles, scripts,
     * frames) since the last call: each is a console message of the browser.
     */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Lays pages out as a device of this viewport would (Chrome's device emulation), whatever the window. */
    void emulateViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    void clearViewportEmulation() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Sends {@code acceptLanguage} as the browser's {@code Accept-Language} header from the next request on,
     * as a browser set to that language would; {@code null}: the browser's own again.
     */
    void emulateLanguage(String acceptLanguage) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", acceptLanguage == null ? Map.of() : Map.of("Accept-Language", acceptLanguage)));
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The text the page shows (its body). */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !findAll(css).isEmpty();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the page's own script would: for date inputs, whose typing depends on the locale. */
    void setValue(String css, String value) {
        script("arguments[0].value = arguments[1];", find(css), value);
    }

    void select(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks the button whose text contains {@code text}, and waits for the page its form loads ({@link #submit(String)}). */
    void press(String text) {
        clickAndAwaitNewPage(driver.findElement(By.xpath("//button[contains(normalize-space(.), " + xpathLiteral(text) + ")]")));
    }

    /**
     * Clicks the submit button {@code css} and waits (up to 15 s) for the page its form loads:
     * chromedriver's click can return before a form's submission has replaced the page, and the
     * next step would then read the old one (CI read the new-case form's address as the new case's,
     * and the public form's before its thank-you page). A click that loads no page (a form the
     * browser refused to send) goes on after the wait.
     */
    void submit(String css) {
        clickAndAwaitNewPage(find(css));
    }

    private void clickAndAwaitNewPage(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> replaced(page));
        } catch (TimeoutException e) {
            // no new page: the caller's next assertion says what the page shows
        }
    }

    /**
     * Whether {@code page} (an {@code html} element) belongs to a document that has been replaced, as
     * {@link ExpectedConditions#stalenessOf} decides, and also when chromedriver answers, while the
     * page is being replaced, that the node "does not belong to the document" (an inspector error,
     * seen with Chromium 156, instead of a stale-element error).
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks the element ({@code elementXpath}, e.g. {@code input[@type='checkbox']}) in the table row showing {@code text}. */
    void clickInRowWith(String text, String elementXpath) {
        List<WebElement> found = driver.findElements(By.xpath("//tr[contains(normalize-space(.), " + xpathLiteral(text)
                + ")]//" + elementXpath));
        if (found.isEmpty()) {
            throw new AssertionError("no " + elementXpath + " in a row showing " + text + " on " + url());
        }
        found.get(0).click();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether a page script has opened an alert: the visible trace of a payload that ran. */
    String openAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            return text;
        } catch (NoAlertPresentException e) {
            return null;
        }
    }

    /**
     * What a payload that ran left behind on the current page: an open alert, or {@code window.__xss}
     * set by its script; {@code null} when nothing ran.
     */
    String scriptThatRan() {
        String alert = openAlert();
        if (alert != null) {
            return "alert(" + alert + ")";
        }
        try {
            Object marker = script("return window.__xss === undefined ? null : String(window.__xss);");
            return marker == null ? null : "window.__xss=" + marker;
        } catch (UnhandledAlertException e) {
            return "alert(" + e.getAlertText() + ")";
        }
    }

    /** Saves a screenshot of the current page as {@code target/e2e-screenshots/<name>.png}. */
    Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e);
        }
        return target;
    }

    /**
     * Forgets every cookie of every site: WebDriver's own deletes only those the current page sees, not
     * Keycloak's session (its cookies' path is the realm's) nor a service's staff session (path /staff).
     */
    void deleteCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
