package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;

/** `gongkai check` on the repository's demo site: only the deliberately defective report has findings. */
class DemoSiteCheckTest {

    @Test
    void onlyTheDefectiveReportHasFindings() {
        List<Finding> findings = new SiteCheck().check(Path.of("").toAbsolutePath(), java.time.LocalDate.of(2022, 3, 1)).findings();

        assertThat(findings).extracting(f -> f.position().file() + ":" + f.position().line() + " " + f.kind())
                .containsExactly(
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:15 year-mismatch",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:53 placeholder",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:67 data-mismatch",
                        "content/reports/2013/2013-01-18-wuhou-2013-work-report.md:76 total-mismatch");
    }
}
