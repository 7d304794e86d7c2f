package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

import org.gongkai.serve.Preview;
import org.gongkai.serve.PreviewListener;
import org.gongkai.serve.PreviewOptions;
import org.gongkai.serve.Rebuild;
import org.gongkai.testing.Browser;
import org.gongkai.testing.TestSite;

/**
 * Live reload in a real browser. Chromium opens at most six HTTP/1.1 connections to one host; a page that held
 * one for its reload events forever left the seventh tab unable to load at all.
 */
class PreviewReloadBrowserTest {

    private static final String REPORT = "content/reports/2011/a.md";
    /** Pages that all show report a's title; the last one is the tag page, found through its link. */
    private static final List<String> PAGES = List.of("", "reports/", "reports/2011/", "years/2011/", "reports/a/",
            "reports/b/", "reports/category/work-report/");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(8);

    @TempDir
    static Path temp;

    /** One browser for the tests (starting it is slow); each test has its own preview, so its own origin. */
    private static Browser browser;
    private static ChromeDriver driver;

    private final BlockingQueue<Rebuild> builds = new LinkedBlockingQueue<>();
    private final List<String> tabs = new ArrayList<>();
    private Preview preview;
    private TestSite site;

    static String report(String slug, String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n" + extra + "---\n## 一、主要工作\n\n正文" + slug + "。\n";
    }

    @BeforeAll
    static void startBrowser() {
        Browser.assumeChromium();
        browser = Browser.start(temp.resolve("profile"));
        driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startPreview() {
        site = TestSite.withConfig("")
                .file(REPORT, report("a", "报告甲", "2011-12-30", "tags: [学生资助]\n"))
                .file("content/reports/2012/b.md", report("b", "报告乙", "2012-06-30", ""));
        preview = Preview.start(PreviewOptions.of(site.root()).withPort(0), new PreviewListener() {
            @Override
            public void portTaken(int requested, int used) {
            }

            @Override
            public void rebuilt(Rebuild rebuild) {
                builds.add(rebuild);
            }
        });
        assertThat(nextBuild().failed()).isFalse();
    }

    /** Stops the preview and leaves one new blank window (without the scripts a test added to its windows). */
    @AfterEach
    void stopPreview() {
        if (preview != null) {
            preview.close();
        }
        if (driver != null) {
            driver.switchTo().newWindow(WindowType.WINDOW);
            String fresh = driver.getWindowHandle();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(fresh)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(fresh);
        }
    }

    @Test
    void eightVisibleWindowsAllLoadAndAllReloadAfterAnEdit() {
        List<String> pages = openEight(WindowType.WINDOW, false);
        for (int i = 0; i < tabs.size(); i++) {
            driver.switchTo().window(tabs.get(i));
            assertThat(browser.script("return document.visibilityState;")).as("window %d is visible", i + 1).isEqualTo("visible");
        }

        editTheReport();

        for (int i = 0; i < tabs.size(); i++) {
            driver.switchTo().window(tabs.get(i));
            assertShowsTheEdit(i, pages.get(i));
        }
    }

    /** Where the browser allows no Web Locks (an office-network address is not a secure context). */
    @Test
    void eightVisibleWindowsWithoutWebLocksAllLoadAndAllReload() {
        List<String> pages = openEight(WindowType.WINDOW, true);

        editTheReport();

        for (int i = 0; i < tabs.size(); i++) {
            driver.switchTo().window(tabs.get(i));
            assertShowsTheEdit(i, pages.get(i));
        }
    }

    /** Tabs of one window: opening the next hides the one before; a hidden tab missed the rebuild. */
    @Test
    void hiddenTabsHoldNoConnectionAndReloadWhenShownAfterARebuild() {
        List<String> pages = openEight(WindowType.TAB, false);
        assertThat(browser.script("return document.visibilityState;")).isEqualTo("visible");

        editTheReport();

        assertShowsTheEdit(7, pages.get(7));
        for (int i = 0; i < 7; i++) {
            driver.switchTo().window(tabs.get(i));
            assertShowsTheEdit(i, pages.get(i));
        }
    }

    /** Opens eight pages that show report a, each in a new window or tab, and marks each. */
    private List<String> openEight(WindowType type, boolean withoutWebLocks) {
        List<String> pages = new ArrayList<>(PAGES);
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                driver.switchTo().newWindow(type);
            }
            if (withoutWebLocks) {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", "delete Navigator.prototype.locks;"));
            }
            open(i, pages.get(i));
            assertThat(browser.script("return navigator.locks === undefined;")).as("Web Locks hidden").isEqualTo(withoutWebLocks);
            if (pages.get(i).equals("reports/a/")) {
                pages.add(tagPage());
            }
            browser.script("window.gongkaiMarker = 'before the edit';");
            tabs.add(driver.getWindowHandle());
        }
        return pages;
    }

    private void editTheReport() {
        site.file(REPORT, report("a", "报告甲（修订）", "2011-12-30", "tags: [学生资助]\n"));
        assertThat(nextBuild().failed()).isFalse();
    }

    private void open(int tab, String page) {
        try {
            driver.get(preview.url() + page);
            // ChromeDriver can hand back a page whose parser still waits for the script in its <head> (the 长者模式
            // script, assets/js/mode.js): the page has loaded only when its document says so
            long until = System.nanoTime() + PAGE_LOAD.toNanos();
            while (!"complete".equals(browser.script("return document.readyState;"))) {
                if (System.nanoTime() > until) {
                    throw new TimeoutException("document.readyState is not complete");
                }
                Thread.onSpinWait();
            }
        } catch (TimeoutException e) {
            throw new AssertionError("tab " + (tab + 1) + " (/" + page + ") did not load within " + PAGE_LOAD
                    + ": the other tabs hold all the browser's connections to the preview", e);
        }
        assertThat(driver.findElements(By.xpath("//*[contains(text(), '报告甲')]"))).as("tab %d (/%s)", tab + 1, page)
                .isNotEmpty();
        assertThat(browser.script("return document.querySelector('.mode-switch').hidden;")).as("tab %d (/%s): mode.js served and run",
                tab + 1, page).isEqualTo(false);
    }

    /** Waits (the browser retries the lookup) until the page shows the new title, then checks it was reloaded. */
    private void assertShowsTheEdit(int tab, String page) {
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        try {
            driver.findElement(By.xpath("//*[contains(text(), '报告甲（修订）')]"));
        } catch (org.openqa.selenium.NoSuchElementException e) {
            throw new AssertionError("tab " + (tab + 1) + " (/" + page + ") does not show the edit", e);
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        }
        assertThat(browser.script("return window.gongkaiMarker === undefined;")).as("tab %d (/%s) reloaded", tab + 1, page)
                .isEqualTo(true);
    }

    private String tagPage() {
        String href = (String) browser.script("return document.querySelector('a[href*=\"/tag/\"]').href;");
        return href.substring(preview.url().toString().length());
    }

    private Rebuild nextBuild() {
        try {
            Rebuild rebuild = builds.poll(20, TimeUnit.SECONDS);
            assertThat(rebuild).as("a build within 20 s").isNotNull();
            return rebuild;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
