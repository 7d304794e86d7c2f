package org.gongkai.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, driven by ChromeDriver (both from the Debian packages
 * chromium and chromium-driver, which .ci/run installs). Without them the tests are skipped, unless
 * {@code -Dgongkai.browser.required=true} (set by CI) makes that a failure, so CI cannot skip them silently.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Skips the calling test when Chromium, ChromeDriver or axe-core are not installed (fails in CI). */
    public static void assumeAvailable() {
        assume(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(AXE),
                "browser tests need /usr/bin/chromium, /usr/bin/chromedriver (apt-get install -y chromium "
                        + "chromium-driver) and axe-core (npm ci --prefix src/test/browser); .ci/run installs them");
    }

    /** Like {@link #assumeAvailable()}, for tests that only drive pages and need no axe-core. */
    public static void assumeChromium() {
        assume(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium "
                        + "chromium-driver); .ci/run installs them");
    }

    private static void assume(boolean available, String message) {
        if (Boolean.getBoolean("gongkai.browser.required") && !available) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(available, message);
    }

    public static Browser start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these flags Chromium keeps trying to reach Google's services.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        // what the page's console says (Content-Security-Policy violations among it), for driver.manage().logs()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    /** Emulates a phone screen of the given CSS width. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    public void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs axe-core on the open page for WCAG 2.0–2.2 A and AA rules; returns "rule: target" per violation node. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() throws Exception {
        if (Boolean.TRUE != script("return typeof axe !== 'undefined';")) {
            script(Files.readString(AXE));
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' — ' + v.help))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
