package org.gongkai.lint;

import org.gongkai.lint.rule.DataMismatchRule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Severity;
import org.gongkai.testing.TestSite;

/**
 * The acceptance cases of issue 5 on the shared samples (copied to src/test/resources/samples so a clean clone runs
 * them): exactly the three documented defects of the defective report, nothing above info for the clean ones.
 */
class SampleReportsTest {

    private static final String DEFECTIVE = "content/reports/2013-01-18-wuhou-2013-work-report.md";
    private static List<Finding> findings;

    @BeforeAll
    static void lintTheSamples() throws IOException {
        TestSite site = TestSite.withConfig("");
        for (String name : List.of("2006-06-29-jinxiu-2006-h1-summary.md", "2011-12-30-susong-2011-annual-summary.md",
                "2013-01-18-wuhou-2013-work-report.md", "2013-03-08-duji-2013-spring-opening.md")) {
            site.file("content/reports/" + name, resource("samples/reports/" + name));
        }
        for (String name : List.of("aid.csv", "projects.csv", "fees.csv")) {
            site.file("content/data/" + name, resource("samples/" + name));
        }
        findings = LintRun.site(site);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = SampleReportsTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theDefectiveReportHasExactlyItsThreeDefectsOnTheRightLines() {
        List<Finding> own = findings.stream().filter(f -> f.position().file().equals(DEFECTIVE))
                .filter(f -> !f.kind().equals(DataMismatchRule.KIND)).toList();

        assertThat(own).extracting(f -> f.position().line() + " " + f.kind())
                .containsExactly("15 year-mismatch", "53 placeholder", "76 total-mismatch");
        assertThat(own.get(1).problem().message()).isEqualTo("「XX市」 looks like an unfilled placeholder");
        assertThat(own.get(1).position().column()).isEqualTo(91);
        assertThat(own.get(2).problem().message()).contains("3264.31", "50.69", "line 67", "3315余万元");
        assertThat(own.get(0).problem().message()).contains("2012", "line 49", "line 59");
    }

    @Test
    void theDataFilesContradictTheDefectiveReportsTotalOnTop() {
        assertThat(findings).filteredOn(f -> f.kind().equals(DataMismatchRule.KIND))
                .extracting(f -> f.position().file() + ":" + f.position().line())
                .containsExactly(DEFECTIVE + ":67");
    }

    @Test
    void theCleanReportsTrapsAreNotFlagged() {
        assertThat(findings).filteredOn(f -> !f.position().file().equals(DEFECTIVE))
                .filteredOn(f -> f.severity() != Severity.INFO)
                .isEmpty();
    }
}
