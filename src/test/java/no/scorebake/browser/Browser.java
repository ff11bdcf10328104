package no.scorebake.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given, so
 * Selenium Manager never looks for (or downloads) a driver or a browser, and the flags keep
 * Chromium from calling home: every host name but loopback fails to resolve.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    /** Selenium looks for Java bindings of Chromium's DevTools version and warns when it has none; they are not used here. */
    private static final java.util.logging.Logger CDP_FINDER = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER.setLevel(java.util.logging.Level.SEVERE);
    }

    /** The browser of the running test, for the screenshot taken when it fails. */
    static volatile Browser current;

    final ChromeDriver driver;

    Browser() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=nb-NO",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-default-apps", "--disable-sync", "--disable-extensions", "--no-pings",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection",
                "--metrics-recording-only", "--safebrowsing-disable-auto-update",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_STYLESHEETS));
        current = this;
    }

    /**
     * Run in every new document before anything of its own: notes whether each stylesheet
     * loaded or failed, caught on the document (a load event does not reach the window). A
     * failed one cannot be told from a loaded one afterwards (the CSSOM of a file:// page is
     * closed to scripts), and a page without its stylesheet reads as many unrelated faults
     * (every status without its shape) instead of the one there is.
     */
    private static final String NOTE_STYLESHEETS = """
            window.__scorebakeSheets = {};
            function __scorebakeNote(e) {
              var t = e.target;
              if (t && t.tagName === 'LINK' && /(^|\\s)stylesheet(\\s|$)/i.test(t.rel)) { window.__scorebakeSheets[t.href] = e.type; }
            }
            document.addEventListener('load', __scorebakeNote, true);
            document.addEventListener('error', __scorebakeNote, true);
            """;

    /** Null while the page loads; then the stylesheets that failed to load (none when all did). */
    private static final String STYLESHEETS_SETTLED = """
            if (document.readyState !== 'complete') { return null; }
            var noted = window.__scorebakeSheets || {}, failed = [];
            var links = document.querySelectorAll('link[rel~="stylesheet" i]');
            for (var i = 0; i < links.length; i++) {
              var how = noted[links[i].href];
              if (!how) { return null; }
              if (how === 'error') { failed.push(links[i].href); }
            }
            return failed;
            """;

    /**
     * Opens a page and returns once a reader would see it whole: the document and everything it
     * loads are complete (the page's own scripts included: what they load before the load event,
     * such as data/periods.js, holds it back), and every stylesheet has loaded. Chromedriver's
     * wait for the load event should already cover this; the explicit condition holds even when
     * it returns early, and a stylesheet that failed to load fails here, naming it and what is on
     * disk, rather than as a fault of every element it styles.
     */
    void open(String address) {
        driver.get(address);
        List<String> failed = waiting().withMessage(() -> "the page and its stylesheets did not finish loading: " + address)
                .until(d -> this.<List<String>>js(STYLESHEETS_SETTLED));
        if (!failed.isEmpty()) {
            throw new AssertionError("stylesheets that did not load in " + address + ": "
                    + failed.stream().map(Browser::onDisk).toList());
        }
    }

    /** A file: address with whether and how large the file is on disk now; other addresses as they are. */
    private static String onDisk(String address) {
        if (!address.startsWith("file:")) {
            return address;
        }
        Path file = Path.of(java.net.URI.create(address));
        try {
            return address + (Files.exists(file) ? " (on disk now: " + Files.size(file) + " bytes)" : " (not on disk now)");
        } catch (IOException e) {
            return address + " (" + e + ")";
        }
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Runs a script in the page and returns what it returned. */
    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    /** Lays the open page out as in a window {@code width} CSS pixels wide; {@link #windowWidth()} goes back to the window's own. */
    void width(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Ends {@link #width(int)}. */
    void windowWidth() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Switches CSS media emulation between "print" and the screen ("" restores it); the colour scheme is the system's. */
    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", List.of()));
    }

    /**
     * Emulates a reader's colour-scheme preference, "dark" or "light", for the given media
     * ("" for the screen, "print"): the page's {@code prefers-color-scheme} queries answer as that
     * reader's browser would. {@code media("")} ends it.
     */
    void colourScheme(String scheme, String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Saves a screenshot of one element, drawn at twice the CSS pixels as on a high-density
     * display, as target/browser-screenshots/NAME.png and returns its path.
     */
    Path screenshot(org.openqa.selenium.WebElement element, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 2400, "deviceScaleFactor", 2, "mobile", false));
            try {
                Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of the whole page as target/browser-screenshots/NAME.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
            Long height = js("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);");
            int h = (int) Math.min(Math.max(height == null ? 900 : height, 300), 8000);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", h, "deviceScaleFactor", 1, "mobile", false));
            try {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (current == this) {
            current = null;
        }
        driver.quit();
    }
}
