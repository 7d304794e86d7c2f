package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;

/** Issue 14: after 31 January, a site publishing annual reports without one on the previous year is warned (第四十九条). */
class AnnualReportCheckTest {

    private static TestSite site() {
        return TestSite.withConfig("-- content/annual-reports/2021.yaml --\n" + org.gongkai.build.AnnualReportTest.REPORT_2021);
    }

    @Test
    void afterThirtyFirstJanuaryTheMissingReportOnThePreviousYearIsAWarning() {
        TestSite.CliRun run = site().cli("check", "--today", "2023-02-01");

        assertThat(run.out()).contains("content/annual-reports: [annual-report] there is no annual report on 2022: it was due by "
                + "31 January 2023 (条例 第四十九条)", "hint: write content/annual-reports/2022.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void noWarningUpToThirtyFirstJanuaryOrWhenTheReportIsThere() {
        assertThat(site().cli("check", "--today", "2023-01-31").out()).doesNotContain("annual-report");
        assertThat(site().cli("check", "--today", "2022-06-30").out()).doesNotContain("annual-report");
        assertThat(TestSite.withConfig("").cli("check", "--today", "2023-06-30").out()).doesNotContain("annual-report");
    }

    @Test
    void aTodayThatIsNotADateIsAUsageError() {
        TestSite.CliRun run = site().cli("check", "--today", "2023-2-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--today 「2023-2-1」 is not a date");
    }
}
