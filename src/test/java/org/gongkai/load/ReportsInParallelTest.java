package org.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/**
 * Reports are read in parallel into one problem list; whether a report is kept must depend on its own errors
 * only. Counting every thread's errors dropped good reports at random when others had errors, so `check` missed
 * their findings (seen once in CI as a missing placeholder finding).
 */
class ReportsInParallelTest {

    private static final String REPORT = """
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: %s
            department: 测试县教育局
            ---

            正文。
            """;

    @Test
    void aGoodReportIsKeptWhateverErrorsOtherReportsHave() {
        TestSite site = TestSite.withConfig("");
        for (int i = 0; i < 400; i++) {
            site.file("content/reports/good-%03d.md".formatted(i), REPORT.formatted("年度总结"));
            site.file("content/reports/bad-%03d.md".formatted(i), REPORT.formatted("年终总结"));
        }
        Problems problems = new Problems(2000);

        Site loaded = new SiteLoader(new SitePaths(site.root())).loadWhatLoads(true, problems);

        assertThat(loaded.reports()).hasSize(400).allMatch(r -> r.slug().startsWith("good-"));
        assertThat(problems.errorCount()).isEqualTo(400);
    }
}
