package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.gongkai.build.SiteBuild;
import org.gongkai.lint.ContentLint;
import org.gongkai.model.Site;
import org.gongkai.testing.TestSite;

/**
 * Issue 17: {@code check} loads the site once and runs the content rules once, in the build when the site builds,
 * else on what loaded. The check is given counting stand-ins for the two places the rules can run.
 */
class RulesRunOnceTest {

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

            43名教师获XX市班主任技能大赛一等奖。
            """;

    /** A front-matter error: the report does not load, and the site does not build. */
    private static final String BAD_REPORT = """
            -- content/reports/bad.md --
            ---
            title: 测试县教育局2012年工作总结
            date: 2012-12-30
            year: 2012
            period: 全年
            category: 年终总结
            department: 测试县教育局
            ---

            本县各校。
            """;

    /** Counts the check's own runs of the rules and its builds; the build deletes the report first, see below. */
    private static final class Counted {
        final AtomicInteger rules = new AtomicInteger();
        final AtomicInteger builds = new AtomicInteger();
        final List<Site> built = new ArrayList<>();

        SiteCheck check(TestSite site) {
            return new SiteCheck(loaded -> {
                rules.incrementAndGet();
                return new ContentLint().check(loaded);
            }, (options, loaded) -> {
                builds.incrementAndGet();
                built.add(loaded);
                // a build that loaded the site again would no longer see the report
                delete(site, "content/reports/r.md");
                return new SiteBuild().run(options, loaded);
            });
        }
    }

    private static List<String> shown(SiteCheck.Result result) {
        return result.findings().stream().map(f -> f.position() + " [" + f.kind() + "] " + f.problem().message())
                .toList();
    }

    @Test
    void aSiteThatBuildsIsLoadedOnceAndItsRulesRunInTheBuildOnly() {
        TestSite site = TestSite.withConfig(REPORT);
        Counted counted = new Counted();

        SiteCheck.Result result = counted.check(site).check(site.root());

        assertThat(counted.builds).hasValue(1);
        assertThat(counted.rules).as("the check ran no rules of its own").hasValue(0);
        assertThat(counted.built).singleElement()
                .satisfies(loaded -> assertThat(loaded.reports()).extracting(r -> r.sourcePath())
                        .containsExactly("content/reports/r.md"));
        // the finding comes from the build's rules, on the report check loaded (the file is gone by then), once
        assertThat(shown(result)).containsExactly(
                "content/reports/r.md:10:7 [placeholder] 「XX市」 looks like an unfilled placeholder");
    }

    @Test
    void aSiteWithALoadErrorGetsItsContentFindingsFromOneRunOfTheRules() {
        TestSite site = TestSite.withConfig(REPORT + BAD_REPORT);
        Counted counted = new Counted();

        SiteCheck.Result result = counted.check(site).check(site.root());

        assertThat(counted.builds).as("a site with input errors is not built").hasValue(0);
        assertThat(counted.rules).hasValue(1);
        assertThat(shown(result)).containsExactly(
                "content [input] the built pages were not checked (links, image alt text, headings): the site cannot be "
                        + "built until its input errors are fixed",
                "content/reports/bad.md:6:11 [input] `category` 「年终总结」 is not one of the allowed values",
                "content/reports/r.md:10:7 [placeholder] 「XX市」 looks like an unfilled placeholder");
    }

    @Test
    void aBuildThatStopsAtTheThemeLeavesTheRulesToTheCheckOnce() {
        TestSite site = TestSite.withConfig(REPORT + """
                -- themes/default/templates/partials/footer.mustache --
                {{#contacts}}
                """);
        Counted counted = new Counted();

        SiteCheck.Result result = counted.check(site).check(site.root());

        assertThat(counted.builds).hasValue(1);
        assertThat(counted.rules).hasValue(1);
        assertThat(shown(result)).contains("content/reports/r.md:10:7 [placeholder] 「XX市」 looks like an unfilled placeholder")
                .anySatisfy(line -> assertThat(line).startsWith("themes/default/templates/partials/footer.mustache"));
    }

    private static void delete(TestSite site, String path) {
        try {
            Files.delete(site.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
