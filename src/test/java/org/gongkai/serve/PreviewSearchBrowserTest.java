package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.testing.Browser;
import org.gongkai.testing.TestSite;

/** After a report is edited in the preview, the search page in Chromium finds it by its new words, not its old. */
class PreviewSearchBrowserTest {

    private static String report(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2013-12-30\nyear: 2013\nperiod: 全年\ncategory: 年度总结\n"
                + "department: 测试县教育局\n---\n" + body + "\n";
    }

    @TempDir
    Path profile;

    @Test
    void anEditedReportIsFoundByItsNewWords() throws Exception {
        Browser.assumeChromium();
        TestSite site = TestSite.withConfig("-- content/reports/a.md --\n" + report("甲报告", "原来写的是营养改善计划。")
                + "-- content/reports/b.md --\n" + report("乙报告", "营养改善计划也有。"));
        Path out = site.root().resolve("preview/site");
        SiteRebuilder rebuilder = new SiteRebuilder(new BuildOptions(site.root(), out, true, "", false),
                BuildListener.SILENT);
        assertThat(rebuilder.buildAll(List.of()).failed()).isFalse();
        site.file("content/reports/a.md", report("甲报告", "现在写的是校舍维修工程。"));
        Rebuild rebuild = rebuilder.rebuild(new ChangeSet(false, Set.of(site.root().resolve("content/reports/a.md")),
                List.of("content/reports/a.md")));
        assertThat(rebuild.full()).isFalse();

        try (Browser browser = Browser.start(profile)) {
            assertThat(titles(browser, out, "%E6%A0%A1%E8%88%8D%E7%BB%B4%E4%BF%AE")).containsExactly("甲报告"); // 校舍维修
            assertThat(titles(browser, out, "%E8%90%A5%E5%85%BB%E6%94%B9%E5%96%84")).containsExactly("乙报告"); // 营养改善
        }
    }

    private static List<String> titles(Browser browser, Path out, String query) throws InterruptedException {
        browser.driver().get(out.resolve("search/index.html").toUri() + "?q=" + query);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"done".equals(browser.script("return document.getElementById('search-results').getAttribute('data-state');"))) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(20);
        }
        return browser.driver().findElements(By.cssSelector("#search-results h2 a")).stream().map(WebElement::getText).toList();
    }
}
