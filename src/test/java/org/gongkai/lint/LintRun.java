package org.gongkai.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/** Runs the content rules on small sites written inline. */
public final class LintRun {

    /** Front matter of a 2013 annual summary; a body after it starts on line 10. */
    public static final String FRONT_MATTER = """
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 测试县教育局
            ---

            """;

    public static final int BODY_LINE = 10;

    private LintRun() {
    }

    /** The findings of one report {@code content/reports/r.md} with {@link #FRONT_MATTER} and this body. */
    public static List<Finding> body(String body) {
        return report(FRONT_MATTER + body);
    }

    /** The findings of one report {@code content/reports/r.md} with this whole text. */
    public static List<Finding> report(String text) {
        return site(TestSite.withConfig("-- content/reports/r.md --\n" + text));
    }

    public static List<Finding> site(TestSite site) {
        Problems problems = new Problems();
        Site loaded = new SiteLoader(new SitePaths(site.root())).load(true, problems).orElseThrow();
        assertThat(problems.hasErrors()).as("the test site loads: %s", problems.list()).isFalse();
        return new ContentLint().run(loaded);
    }

    /** The findings and the suppressed findings of a site. */
    public static ContentLint.Result result(TestSite site) {
        Problems problems = new Problems();
        Site loaded = new SiteLoader(new SitePaths(site.root())).load(true, problems).orElseThrow();
        assertThat(problems.hasErrors()).as("the test site loads: %s", problems.list()).isFalse();
        return new ContentLint().check(loaded);
    }

    /** {@link #result} of one report {@code content/reports/r.md} with {@link #FRONT_MATTER} and this body. */
    public static ContentLint.Result resultOfBody(String body) {
        return result(TestSite.withConfig("-- content/reports/r.md --\n" + FRONT_MATTER + body));
    }

    public static List<Finding> ofKind(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** {@code line:column [kind] message}, for readable assertions. */
    public static List<String> shown(List<Finding> findings) {
        return findings.stream().map(f -> f.position().line() + ":" + f.position().column() + " [" + f.kind() + "] "
                + f.problem().message()).toList();
    }
}
