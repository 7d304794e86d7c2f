package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.SiteBuild;
import org.gongkai.testing.Browser;

/**
 * Site search in Chromium on the demo site opened from disk (file://, where the index loads as scripts): typing a
 * query, the results and their highlight, a shared ?q= link, the back button, keyboard-only use, the filters, the
 * page without JavaScript, and axe-core on the page with results.
 */
class SearchBrowserTest {

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

    private static String searchPage(String query) {
        return site.resolve("search/index.html").toUri() + (query.isEmpty() ? "" : "?q=" + query);
    }

    /** Waits until the script has shown the results of the query now in the address (or of none). */
    private static void waitForResults() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"done".equals(browser.script("var l = document.getElementById('search-results');"
                + " return l && l.getAttribute('data-state');"))) {
            assertThat(System.nanoTime()).as("results shown within 20 s").isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<WebElement> results() {
        return browser.driver().findElements(By.cssSelector("#search-results > li"));
    }

    @Test
    void aSharedLinkShowsTheResultsWithTheMatchHighlighted() {
        browser.driver().get(searchPage("%E6%A0%A1%E5%AE%89%E5%B7%A5%E7%A8%8B")); // 校安工程
        waitForResults();
        assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("校安工程");
        assertThat(results()).isNotEmpty();
        WebElement first = results().get(0);
        assertThat(first.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("校安工程");
        assertThat(first.findElement(By.cssSelector(".entry-meta")).getText()).contains("成文日期：", "发布机构：", "类别：");
        assertThat(browser.driver().findElement(By.id("search-status")).getText()).startsWith("找到 ");
        assertThat(browser.driver().findElement(By.id("search-nojs")).isDisplayed()).isFalse();
        // the link opens the report, from disk too
        String href = first.findElement(By.tagName("a")).getAttribute("href");
        assertThat(href).startsWith("file:").endsWith("/index.html");
        assertThat(Path.of(java.net.URI.create(href))).exists();
    }

    @Test
    void typingAQueryThenAnotherThenGoingBack() {
        browser.driver().get(searchPage(""));
        WebElement input = browser.driver().findElement(By.id("search-q"));
        input.sendKeys("住宿费", Keys.ENTER);
        waitForResults();
        assertThat(browser.driver().getCurrentUrl()).contains("?q=%E4%BD%8F%E5%AE%BF%E8%B4%B9");
        assertThat(results()).isNotEmpty();
        assertThat(results().get(0).getText()).contains("住宿费");
        int stayFees = results().size();

        input = browser.driver().findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("免收", Keys.ENTER);
        waitForResults();
        assertThat(results().get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("免收");

        browser.driver().navigate().back();
        waitForResults();
        assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("住宿费");
        assertThat(results()).hasSize(stayFees);
    }

    @Test
    void aSingleCharacterAndAFigureAndADocumentNumberFindSomething() {
        for (String query : List.of("免", "4765", "宿价〔2012〕21号")) {
            browser.driver().get(searchPage(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
            waitForResults();
            assertThat(results()).as(query).isNotEmpty();
        }
        browser.driver().get(searchPage(java.net.URLEncoder.encode("火星探测", java.nio.charset.StandardCharsets.UTF_8)));
        waitForResults();
        assertThat(results()).isEmpty();
        assertThat(browser.driver().findElement(By.id("search-status")).getText()).startsWith("没有找到");
    }

    @Test
    void theYearFilterNarrowsTheResults() {
        browser.driver().get(searchPage("%E6%95%99%E8%82%B2")); // 教育
        waitForResults();
        String all = browser.driver().findElement(By.id("search-status")).getText();
        WebElement year = browser.driver().findElement(By.id("search-year"));
        assertThat(year.isDisplayed()).isTrue();
        browser.script("document.getElementById('search-results').removeAttribute('data-state');");
        year.findElements(By.tagName("option")).get(1).click();
        waitForResults();
        assertThat(browser.driver().getCurrentUrl()).contains("year=");
        assertThat(browser.driver().findElement(By.id("search-status")).getText()).isNotEqualTo(all).contains("已按年度或类别筛选");
    }

    @Test
    void tenResultsAtATimeAndTheButtonShowsTheNextWithFocusOnTheFirstOfThem() {
        browser.driver().get(searchPage("%E6%95%99%E8%82%B2")); // 教育
        waitForResults();
        assertThat(results()).hasSize(10);
        WebElement more = browser.driver().findElement(By.id("search-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.sendKeys(Keys.ENTER);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (results().size() == 10) {
            assertThat(System.nanoTime()).isLessThan(until);
        }
        assertThat(results().size()).isGreaterThan(10).isLessThanOrEqualTo(20);
        String focused = (String) browser.script("return document.activeElement.href || '';");
        assertThat(focused).isEqualTo(results().get(10).findElement(By.tagName("a")).getAttribute("href"));
    }

    @Test
    void keyboardOnlyFromTheHeaderFieldOfAReport() {
        browser.driver().get(site.resolve("reports/2011-12-30-susong-2011-annual-summary/index.html").toUri().toString());
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 30 && !"site-search-q".equals(browser.driver().switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-q");
        keys.sendKeys("学生资助").sendKeys(Keys.ENTER).perform();
        waitForResults();
        assertThat(browser.driver().getCurrentUrl()).contains("search/index.html?q=");
        assertThat(results()).isNotEmpty();
        // Tab from the top of the page reaches the query field, then the first result's link
        String inResults = "return !!document.activeElement.closest('#search-results');";
        boolean passedField = false;
        for (int i = 0; i < 40 && Boolean.FALSE.equals(browser.script(inResults)); i++) {
            keys.sendKeys(Keys.TAB).perform();
            passedField |= "search-q".equals(browser.driver().switchTo().activeElement().getAttribute("id"));
        }
        assertThat(passedField).isTrue();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualToIgnoringCase("a");
        assertThat(focused.getAttribute("href")).isEqualTo(results().get(0).findElement(By.tagName("a")).getAttribute("href"));
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksTheLists() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.driver().get(searchPage("%E6%A0%A1%E5%AE%89"));
            WebElement fallback = browser.driver().findElement(By.id("search-nojs"));
            assertThat(fallback.isDisplayed()).isTrue();
            assertThat(fallback.getText()).contains("JavaScript", "工作报告", "政府信息公开");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void theSearchPageWithResultsHasNoAxeViolationsAndIsPhotographed() throws Exception {
        browser.driver().get(searchPage("%E6%A0%A1%E5%AE%89%E5%B7%A5%E7%A8%8B"));
        waitForResults();
        assertThat(browser.axeViolations()).isEmpty();
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (int width : new int[] {375, 1280}) {
            browser.viewport(width, 1400);
            browser.driver().get(searchPage("%E6%A0%A1%E5%AE%89%E5%B7%A5%E7%A8%8B"));
            waitForResults();
            Files.write(shots.resolve("search-" + width + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
            Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
            assertThat(scrollWidth.intValue()).as("no sideways scroll at " + width).isLessThanOrEqualTo(width);
        }
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
