package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Severity;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * Issue 13: a build's warnings honour {@code gongkai-ignore} and {@code check_ignore} (a suppressed finding does not
 * fail {@code --strict}), and the comment is not on the page.
 */
class SuppressionsInBuildTest {

    private static final String FRONT_MATTER = """
            -- content/reports/r.md --
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 测试县教育局
            ---

            """;

    private static final String SUPPRESSED = FRONT_MATTER + """
            <!-- gongkai-ignore: placeholder -->
            本年度，43名教师获XX市班主任技能大赛一等奖。

            全年工作顺利完成。
            -- content/pages/guide.md --
            ---
            title: 信息公开指南
            check_ignore: [placeholder]
            ---

            请向XX科申请。
            """;

    private static BuildOptions strict(TestSite site) {
        return new BuildOptions(site.root(), null, false, "", true);
    }

    @Test
    void aSuppressedFindingIsNoWarningAndDoesNotFailStrict() {
        TestSite site = TestSite.withConfig(SUPPRESSED);
        BuiltSite built = site.build(strict(site));

        assertThat(built.result().notices()).noneMatch(p -> p.kind().equals("placeholder") || p.kind().equals("ignore"));
        Document page = built.page("reports/r/index.html");
        assertThat(page.select(".report-body").text()).contains("XX市班主任").doesNotContain("gongkai-ignore");
        // the page description is the first paragraph of the parsed document (Summaries), which leaves the comment block out
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("本年度，43名教师");
        assertThat(built.text("reports/r/index.html")).doesNotContain("gongkai-ignore", "&lt;!--");
        assertThat(built.text("pages/guide/index.html")).contains("请向XX科申请");
    }

    @Test
    void withoutTheSuppressionTheSameSiteFailsStrict() {
        TestSite site = TestSite.withConfig(SUPPRESSED.replace("<!-- gongkai-ignore: placeholder -->\n", ""));

        assertThat(failure(site).problems()).anyMatch(p -> p.kind().equals("placeholder"));
    }

    @Test
    void anUnknownKindIsAWarningOfTheBuildAndFailsStrict() {
        TestSite site = TestSite.withConfig(SUPPRESSED.replace("gongkai-ignore: placeholder", "gongkai-ignore: placeholdr"));

        assertThat(failure(site).problems()).filteredOn(p -> p.kind().equals("ignore")).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.format()).startsWith("content/reports/r.md:10:22: [ignore] 「placeholdr」 is not a kind");
                });
    }

    @Test
    void aSuppressionThatHidesNothingIsAnInfoAndDoesNotFailStrict() {
        TestSite site = TestSite.withConfig(SUPPRESSED.replace("XX市", "成都市"));
        BuiltSite built = site.build(strict(site));

        assertThat(built.result().notices()).filteredOn(p -> p.kind().equals("ignore")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.INFO));
    }

    private static BuildFailedException failure(TestSite site) {
        try {
            new SiteBuild().run(strict(site));
        } catch (BuildFailedException e) {
            return e;
        }
        throw new AssertionError("the strict build was expected to fail");
    }
}
