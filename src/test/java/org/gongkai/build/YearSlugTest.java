package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.testing.TestSite;

/** A report file named as a year that has reports would take that year's list address (reports/2012/). */
class YearSlugTest {

    @TempDir
    Path temp;

    private static String report(String title) {
        return "---\ntitle: " + title + "\ndate: 2012-03-01\nyear: 2012\nperiod: 全年\ncategory: 年度总结\n"
                + "department: 办公室\n---\n## 一、主要工作\n\n完成了校安工程。\n";
    }

    @Test
    void aYearOfReportsAsASlugIsAnErrorAYearWithoutReportsIsNot() {
        TestSite site = TestSite.of(TestSite.SITE_YAML)
                .file("content/reports/2012.md", report("二〇一二年工作总结"))
                .file("content/reports/2099.md", report("没有这一年的报告"));
        BuildFailedException failed = catchThrowableOfType(() -> new SiteBuild().run(site.options()),
                BuildFailedException.class);
        assertThat(failed).isNotNull();
        assertThat(failed.problems()).extracting(p -> p.position().file() + " " + p.text().key())
                .contains("content/reports/2012.md render.slugIsAList")
                .noneMatch(line -> line.contains("2099.md"));
    }
}
