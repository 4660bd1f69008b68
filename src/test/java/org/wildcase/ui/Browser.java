package org.wildcase.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for browser journeys. Locally a missing browser skips the journey; on CI (CI=true),
 * where .ci/run installs it, a missing browser fails it.
 * <p>
 * A journey fails when the browser reported a Content Security Policy violation on any page it went through: the
 * browser's console log is read when the journey closes it (see {@link #policyViolations()}).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    Browser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "Debian chromium and chromium-driver are not installed");
        profile = Files.createTempDirectory("wildcase-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Finds an element through open shadow roots, as Vaadin components keep parts of themselves there. */
    WebElement deep(String css) {
        return waiting().until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const find = (root, sel) => {
                  const hit = root.querySelector(sel);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const r = find(el.shadowRoot, sel); if (r) return r; }
                  }
                  return null;
                };
                return find(document, arguments[0]);""", css));
    }

    /** The hidden file input of a vaadin-upload, which lives in the component's shadow root. */
    WebElement fileInputOf(String uploadId) {
        return waiting().until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const upload = document.getElementById(arguments[0]);
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", uploadId));
    }

    /** Fills the app's own login form at {@code base} (for example {@code http://localhost:8080}). */
    void submitLogin(String base, String user, String password) {
        driver.get(base + "/login");
        deep("input[name='username']").sendKeys(user);
        deep("input[name='password']").sendKeys(password);
        deep("vaadin-button[slot='submit'], vaadin-button[theme~='submit']").click();
    }

    /** Signs a demo user in (password {@code demo}) and waits for the shell to name them. */
    void signIn(String base, String user) {
        submitLogin(base, user, "demo");
        textOf("current-user");
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    /** Opens a page of the app and waits for the shell. */
    void go(String base, String path) {
        driver.get(base + "/" + path);
        textOf("current-user");
    }

    /** The inner input (or text area) of a Vaadin field. */
    WebElement input(String id) {
        return waiting().until(d -> {
            var found = d.findElements(By.cssSelector("#" + id + " input, #" + id + " textarea"));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    String textOf(String id) {
        return waiting().until(d -> {
            var found = d.findElements(By.id(id));
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0).getText();
        });
    }

    /** Waits until Vaadin has no request in flight, so a check sees the page as the user does. */
    void settle() {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return document.readyState === 'complete';
                // Also until what fades in (a notification, a dialog) has finished: axe measures contrast mid-fade.
                const moving = document.getAnimations().some(a => a.playState === 'running'
                    && a.effect && a.effect.getComputedTiming().endTime !== Infinity);
                return !moving && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"""));
    }

    /**
     * Runs axe-core on the page now shown and keeps what it finds under the page's name; {@link #close()} fails the
     * journey if any page had a serious or critical violation.
     */
    List<String> checkAccessibility(String page) {
        if (java.net.URI.create(driver.getCurrentUrl()).getPath().startsWith("/camunda/")) {
            // Camunda's own web app (Cockpit), which we ship but do not build: not ours to mend.
            return List.of();
        }
        settle();
        List<String> found = Axe.seriousViolations(driver);
        accessibility.merge(page, found, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        return found;
    }

    private final java.util.Map<String, List<String>> accessibility = new java.util.LinkedHashMap<>();

    /** A screenshot of the page in target/screenshots; each page photographed is checked for accessibility too. */
    void screenshot(String name) throws Exception {
        checkAccessibility(name);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The Content Security Policy violations the browser reported since the last call, as its console said them
     * ("Loading the image ... violates the following Content Security Policy directive ...", and the same for
     * scripts, styles, fonts, connections and eval). Reading the log empties it.
     */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("violates the following Content Security Policy directive"))
                .toList();
    }

    /** Quits the browser; fails the journey if a page broke the Content Security Policy on the way. */
    @Override
    public void close() throws Exception {
        List<String> violations;
        try {
            violations = policyViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser reported Content Security Policy violations:\n"
                    + String.join("\n", violations));
        }
        String inaccessible = Axe.report(accessibility);
        if (!inaccessible.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical violations:\n" + inaccessible);
        }
    }
}
