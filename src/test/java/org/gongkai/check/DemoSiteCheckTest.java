package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;

/**
 * `gongkai check` on the repository's demo site: the deliberately defective report's findings, and, the demo's reports
 * being from 2006 to 2013, the 栏目不更新 warnings of the inspection checks (no inspection error: every item has its
 * 索引号, 发布日期 and 主题分类).
 */
class DemoSiteCheckTest {

    @Test
    void onlyTheDefectiveReportHasContentFindingsAndTheOldColumnsAreNotUpdated() {
        List<Finding> findings = new SiteCheck().check(Path.of("").toAbsolutePath(), java.time.LocalDate.of(2022, 3, 1)).findings();

        assertThat(findings).extracting(f -> f.position().file() + ":" + f.position().line() + " " + f.kind())
                .containsExactly(
                        "content/pages/about.md:5 stale-column",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:16 stale-column",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:18 year-mismatch",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:56 placeholder",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:70 data-mismatch",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:79 total-mismatch",
                        "content/reports/2013/2013-03-08-duji-2013-spring-opening.md:4 stale-column",
                        "content/reports/2013/2013-03-08-duji-2013-spring-opening.md:5 stale-column");
    }
}
