package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Severity;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Issue 5: a build runs the content rules and prints their findings as warnings; --strict makes them fail it. */
class ContentRulesInBuildTest {

    private static final String REPORT = """
            -- content/reports/r.md --
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 测试县教育局
            ---

            2013年，43名教师获XX市班主任技能大赛一等奖。联系电话13800138000。
            """;

    @Test
    void findingsAreWarningsAndTheSiteIsPublished() {
        BuiltSite site = TestSite.withConfig(REPORT).build();

        assertThat(site.exists("reports/r/index.html")).isTrue();
        assertThat(site.result().notices()).filteredOn(p -> p.kind().equals("placeholder")).singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.format()).startsWith("content/reports/r.md:10:13: [placeholder] 「XX市」");
                });
        // an error in `gongkai check`, a warning in a build: the build does not decide what may be published
        assertThat(site.result().notices()).filteredOn(p -> p.kind().equals("personal-data"))
                .extracting(p -> p.severity()).containsExactly(Severity.WARNING);
    }

    /** Issue 17: check takes the rules' result whole, at full severity, apart from the build's own problems. */
    @Test
    void theRulesResultComesApartFromTheBuildsOwnProblems() {
        BuildResult result = TestSite.withConfig(REPORT).build().result();

        assertThat(result.contentRules().findings()).extracting(f -> f.kind() + " " + f.problem().severity())
                .containsExactly("placeholder WARNING", "personal-data ERROR");
        assertThat(result.problems()).extracting(p -> p.kind()).containsExactly("feed");
        assertThat(result.notices()).extracting(p -> p.kind()).containsExactlyInAnyOrder("feed", "placeholder",
                "personal-data");
    }

    @Test
    void strictMakesTheFindingsFailTheBuild() {
        TestSite site = TestSite.withConfig(REPORT);
        BuildOptions strict = new BuildOptions(site.root(), null, false, "", true);

        assertThatThrownBy(() -> new SiteBuild().run(strict)).isInstanceOf(BuildFailedException.class)
                .satisfies(e -> assertThat(((BuildFailedException) e).problems())
                        .anyMatch(p -> p.kind().equals("placeholder")));
        assertThat(site.root().resolve("site")).doesNotExist();
    }

    @Test
    void manyFindingsAreSummedUpInsteadOfListed() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("第").append(i).append("段,XX县的情况.\n\n");
        }
        BuiltSite site = TestSite.withConfig(REPORT + body).build();

        assertThat(site.result().notices()).anyMatch(p -> p.message().matches("\\d+ more content findings are not listed here"));
        assertThat(site.result().notices().stream().filter(p -> !p.kind().equals("feed")).count()).isEqualTo(51);
    }
}
