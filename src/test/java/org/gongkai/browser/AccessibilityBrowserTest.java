package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.SiteBuild;
import org.gongkai.testing.Browser;

/**
 * The demo site in a real browser: no WCAG 2.2 A/AA violation that axe-core can find, no sideways page
 * scroll on a 320 px phone, and a print style that leaves navigation out.
 */
class AccessibilityBrowserTest {

    /** One page of each kind the site has. */
    static final List<String> PAGES = List.of("index.html", "reports/index.html", "reports/2013/index.html",
            "reports/2013-03-08-duji-2013-spring-opening/index.html", "reports/2011-12-30-susong-2011-annual-summary/index.html",
            "pages/guide/index.html", "404.html", "xxgk/index.html", "xxgk/guide/index.html", "xxgk/apply/index.html",
            "xxgk/annual-reports/index.html", "xxgk/annual-reports/2021/index.html");

    @TempDir
    static Path temp;

    static Path site;
    static Browser browser;

    @BeforeAll
    static void buildAndStart() {
        Browser.assumeAvailable();
        site = temp.resolve("site");
        new SiteBuild().run(new BuildOptions(Path.of("").toAbsolutePath(), site, false, "", false));
        browser = Browser.start(temp.resolve("profile"));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pagesHaveNoAxeViolations() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            browser.open(site.resolve(page));
            browser.axeViolations().forEach(v -> violations.add(page + ": " + v));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void pagesReflowAt320PixelsWithoutSidewaysScrolling() {
        browser.viewport(320, 640);
        try {
            for (String page : PAGES) {
                browser.open(site.resolve(page));
                Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
                assertThat(scrollWidth.intValue()).as(page).isLessThanOrEqualTo(320);
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void printStyleHidesNavigationAndKeepsTheText() {
        browser.media("print");
        try {
            browser.open(site.resolve("reports/2013-03-08-duji-2013-spring-opening/index.html"));
            // on a loaded machine the emulated print medium can reach the new page a moment after it loads
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
            while (!Boolean.TRUE.equals(browser.script("return window.matchMedia('print').matches;"))
                    && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertThat(browser.script("return getComputedStyle(document.querySelector('.site-nav')).display;")).isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.toc')).display;")).isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.report-body')).display;")).isEqualTo("block");
        } finally {
            browser.media("");
        }
    }
}
