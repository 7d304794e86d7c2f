package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.SiteBuild;
import org.gongkai.testing.Browser;
import org.gongkai.testing.StaticServer;

/**
 * The public's side of the demo site in Chromium, served by a plain web host: every page kind axe-clean at 375 and
 * 1280 px in both modes (and at 7:1 contrast in 长者模式), the 长者模式 switch and its remembered state, its text size
 * and line height, keyboard-only use, no Content-Security-Policy violation, no switch and no sideways scrolling at
 * 200 % zoom without script. Screenshots of every page kind go to target/screenshots/.
 */
class PublicSideBrowserTest {

    /** One page of each kind, by a short name for its screenshot. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("home", "");
        KINDS.put("reports", "reports/");
        KINDS.put("year-list", "reports/2013/");
        KINDS.put("category-list", "reports/category/annual-summary/");
        KINDS.put("report", "reports/2013-03-08-duji-2013-spring-opening/");
        KINDS.put("report-tables", "reports/2011-12-30-susong-2011-annual-summary/");
        KINDS.put("page", "pages/guide/");
        KINDS.put("fees", "fees/");
        KINDS.put("projects", "projects/");
        KINDS.put("aid", "aid/");
        KINDS.put("years", "years/");
        KINDS.put("year", "years/2012/");
        KINDS.put("xxgk", "xxgk/");
        KINDS.put("xxgk-guide", "xxgk/guide/");
        KINDS.put("annual-report", "xxgk/annual-reports/2021/");
        KINDS.put("catalog", "xxgk/catalog/");
        KINDS.put("catalog-subject", "xxgk/catalog/subject/fees/");
        KINDS.put("statutory", "xxgk/statutory/");
        KINDS.put("search", "search/");
        KINDS.put("not-found", "no/such/page/");
    }

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Records what the policy blocked, from before the page's own first script (the console says the same). */
    static final String RECORD_VIOLATIONS = "window.__csp = []; document.addEventListener('securitypolicyviolation', "
            + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI), true);";

    @TempDir
    static Path temp;

    static StaticServer host;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        Browser.assumeAvailable();
        Path site = temp.resolve("site");
        host = StaticServer.serve(site);
        // published at the test host's address, so the 404 page's absolute links and assets are the site's own
        new SiteBuild().run(new BuildOptions(Path.of("").toAbsolutePath(), site, false, host.url().toString(), false));
        browser = Browser.start(temp.resolve("profile"));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @BeforeEach
    @AfterEach
    void normalMode() {
        if (browser != null) {
            open("");
            browser.script("localStorage.clear();");
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void everyPageKindIsAxeCleanAtBothWidthsInBothModesWithoutPolicyViolations() throws Exception {
        List<String> faults = new ArrayList<>();
        for (boolean elder : new boolean[] {false, true}) {
            open("");
            if (elder) {
                browser.driver().findElement(By.cssSelector(".mode-switch")).click();
            }
            for (int width : new int[] {375, 1280}) {
                browser.viewport(width, 800);
                for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                    String where = kind.getKey() + " at " + width + " px" + (elder ? " in 长者模式" : "");
                    open(kind.getValue());
                    assertThat(browser.script("return document.documentElement.classList.contains('elder');")).as(where)
                            .isEqualTo(elder);
                    browser.axeViolations().forEach(v -> faults.add(where + ": " + v));
                    if (elder) {
                        contrastEnhanced().forEach(v -> faults.add(where + ": " + v));
                    }
                    violations().forEach(v -> faults.add(where + ": " + v));
                    Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
                    if (scrollWidth.intValue() > width) {
                        faults.add(where + ": the page scrolls sideways (" + scrollWidth + " px)");
                    }
                    screenshot(kind.getKey() + "-" + width + (elder ? "-elder" : ""));
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theSwitchTurnsTheModeOnAndItIsRememberedAfterReloadAndOnAnotherPage() {
        open("reports/2013-03-08-duji-2013-spring-opening/");
        WebElement toggle = browser.driver().findElement(By.cssSelector("header .mode-switch"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.getAccessibleName()).isEqualTo("长者模式");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(fontSize("main p")).isLessThan(18);

        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        awaitElderCss();
        assertElderText();

        browser.driver().navigate().refresh();
        awaitLoaded();
        assertThat(browser.driver().findElement(By.cssSelector(".mode-switch")).getAttribute("aria-pressed")).isEqualTo("true");
        assertElderText();

        browser.driver().findElement(By.cssSelector(".site-nav a[href$='fees/']")).click();
        awaitLoaded();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/fees/");
        assertThat(browser.driver().findElement(By.cssSelector(".mode-switch")).getAttribute("aria-pressed")).isEqualTo("true");
        assertElderText();
        for (WebElement target : browser.driver().findElements(By.cssSelector(".site-nav a, .mode-switch"))) {
            assertThat(target.getRect().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(44);
            assertThat(target.getRect().getWidth()).as(target.getText()).isGreaterThanOrEqualTo(44);
        }

        browser.driver().findElement(By.cssSelector(".mode-switch")).click();
        browser.driver().navigate().refresh();
        awaitLoaded();
        assertThat(browser.script("return document.documentElement.classList.contains('elder');")).isEqualTo(false);
        assertThat(browser.driver().findElement(By.cssSelector(".mode-switch")).getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void keyboardAloneReachesTheSkipLinkTheNavigationAndTheSwitchWithFocusVisible() {
        open("reports/");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            String focused = (String) browser.script("""
                    const e = document.activeElement, s = getComputedStyle(e);
                    const kind = e.matches('.skip-link') ? 'skip' : e.closest('.site-nav') ? 'nav' : e.matches('.mode-switch') ? 'switch' : e.tagName;
                    return kind + (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? '' : ' (focus not visible)');""");
            reached.add(focused);
        }
        assertThat(reached.get(0)).isEqualTo("skip");
        assertThat(reached).contains("nav", "switch").noneMatch(r -> r.endsWith("(focus not visible)"));

        open("reports/2013/");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className;")).isEqualTo("skip-link");
        assertThat(browser.script("return document.activeElement.getBoundingClientRect().top >= 0;")).isEqualTo(true);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("main");

        WebElement toggle = browser.driver().findElement(By.cssSelector(".mode-switch"));
        browser.script("arguments[0].focus();", toggle);
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
    }

    /** 200 % zoom of a 1280 px window is a 640 px one; without script the switch, which would do nothing, is hidden. */
    @Test
    void withoutScriptTheSwitchIsHiddenAndPagesReflowAt200PercentZoom() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.viewport(640, 450);
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            open(kind.getValue());
            assertThat(browser.driver().findElement(By.cssSelector(".mode-switch")).isDisplayed()).as(kind.getKey()).isFalse();
            Number scrollWidth = (Number) browser.driver().executeCdpCommand("Runtime.evaluate",
                    Map.of("expression", "document.documentElement.scrollWidth", "returnByValue", true))
                    .entrySet().stream().filter(e -> e.getKey().equals("result")).map(e -> ((Map<?, ?>) e.getValue()).get("value"))
                    .findFirst().orElseThrow();
            assertThat(scrollWidth.intValue()).as(kind.getKey()).isLessThanOrEqualTo(640);
        }
    }

    /** The portable site opened from disk: links lead to pages, styled, and the mode is remembered from page to page. */
    @Test
    void thePortableSiteWorksOpenedFromDisk() throws Exception {
        Path portable = temp.resolve("portable");
        new SiteBuild().run(new BuildOptions(Path.of("").toAbsolutePath(), portable, false, "", false, true));
        browser.open(portable.resolve("index.html"));
        awaitLoaded();
        browser.driver().findElement(By.cssSelector(".mode-switch")).click();
        List<String> navigation = browser.driver().findElements(By.cssSelector(".site-nav a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(navigation).hasSizeGreaterThan(5).allMatch(href -> href.startsWith("file:") && href.endsWith("/index.html"));
        for (int i = 0; i < navigation.size(); i++) {
            WebElement link = browser.driver().findElements(By.cssSelector(".site-nav a")).get(i);
            String label = link.getText();
            link.click();
            awaitLoaded();
            assertThat(browser.driver().getCurrentUrl()).as(label).isEqualTo(navigation.get(i));
            assertThat(browser.driver().findElement(By.cssSelector(".site-nav a[aria-current=page]")).getText()).isEqualTo(label);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;"))
                    .as(label + ": styled").isEqualTo("rgb(107, 15, 15)");
            assertThat(browser.script("return document.documentElement.classList.contains('elder');")).as(label).isEqualTo(true);
            assertThat(violations()).as(label).isEmpty();
        }
        browser.driver().findElement(By.cssSelector(".site-nav a[href$='/reports/index.html']")).click();
        awaitLoaded();
        browser.driver().findElement(By.cssSelector(".entry-title a")).click();
        awaitLoaded();
        assertThat(browser.driver().getCurrentUrl()).matches("file:.*/reports/[0-9a-z-]+/index.html");
        assertThat(browser.driver().findElement(By.cssSelector(".toc a")).getAttribute("href")).contains("index.html#");
        browser.open(portable.resolve("404.html"));
        awaitLoaded();
        browser.driver().findElement(By.cssSelector("main a")).click();
        awaitLoaded();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(portable.resolve("index.html").toUri().toString());
        screenshot("portable-home-1280-elder");
    }

    private void assertElderText() {
        assertThat(browser.script("return document.documentElement.classList.contains('elder');")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.script("""
                const out = [];
                for (const e of document.body.querySelectorAll('*')) {
                  if (e.closest('svg') || !e.offsetParent && e !== document.body) continue;
                  const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!own) continue;
                  const s = getComputedStyle(e), size = parseFloat(s.fontSize), line = parseFloat(s.lineHeight);
                  if (size < 18 || !(line / size >= 1.499)) out.push(e.tagName + '.' + e.className + ' ' + s.fontSize + '/' + s.lineHeight);
                }
                return out;""");
        assertThat(small).as("text under 18 px or with line height under 1.5").isEmpty();
    }

    private double fontSize(String selector) {
        return ((Number) browser.script("return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize);",
                selector)).doubleValue();
    }

    /** axe-core's AAA contrast rule (7:1, 4.5:1 for large text), the 长者模式's promise. */
    @SuppressWarnings("unchecked")
    private List<String> contrastEnhanced() {
        return (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']}})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' — ' + n.failureSummary))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
    }

    /** What the page's policy blocked, from the page itself and from the console. */
    @SuppressWarnings("unchecked")
    private List<String> violations() {
        List<String> found = new ArrayList<>((List<String>) browser.script("return window.__csp || ['no recorder'];"));
        for (LogEntry entry : browser.driver().manage().logs().get("browser")) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Content-Security-Policy")) {
                found.add("console: " + entry.getMessage());
            }
        }
        return found;
    }

    /** Opens a page and waits for its load to end (on a busy machine the driver can hand back a page still loading). */
    private void open(String path) {
        browser.driver().get(host.url() + path);
        awaitLoaded();
    }

    private void awaitLoaded() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"complete".equals(browser.script("return document.readyState;")) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    /** Clicking the switch fetches css/elder.css, as it is not on pages shown in the normal mode. */
    private void awaitElderCss() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(browser.script("return [...document.styleSheets].some(s => s.href && s.href.endsWith('/elder.css') && s.cssRules.length > 0);"))
                && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private void screenshot(String name) throws Exception {
        Map<String, Object> metrics = browser.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
