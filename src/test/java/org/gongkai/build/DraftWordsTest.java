package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * {@code draft:} as staff write it. YAML 1.1 reads yes/no/on/off as booleans (whose text Boolean.parseBoolean
 * does not know), staff type 是/否; whatever the word, a report its author meant to hold back must not go public,
 * and a word that is neither yes nor no is an error rather than a guess.
 */
class DraftWordsTest {

    private static final String DRAFT_TITLE = "尚未定稿的报告";

    private static TestSite site(String draftLine) {
        return TestSite.withConfig("""
                -- content/reports/held.md --
                ---
                title: %s
                date: 2013-07-10
                year: 2013
                period: 上半年
                category: 半年总结
                department: 测试县教育局
                %s
                ---
                2013年上半年，我局稳步推进各项工作。
                -- content/reports/public.md --
                ---
                title: 已公开的报告
                date: 2013-01-10
                year: 2012
                period: 全年
                category: 年度总结
                department: 测试县教育局
                ---
                正文。
                """.formatted(DRAFT_TITLE, draftLine));
    }

    /** No file of the site mentions the draft: not its page, not a list, the home page, the sitemap or a feed. */
    private static void assertAbsent(BuiltSite built) {
        assertThat(built.exists("reports/held/index.html")).isFalse();
        assertThat(built.exists("reports/public/index.html")).isTrue();
        for (String file : built.files()) {
            assertThat(built.text(file)).as(file).doesNotContain(DRAFT_TITLE).doesNotContain("reports/held/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "TRUE", "yes", "Yes", "YES", "yEs", "on", "On", "ON", "y", "Y",
            "是", "真", "对", "\"yes\"", "'是'", "\" 是 \""})
    void wordsForYesKeepTheReportOut(String word) {
        TestSite site = site("draft: " + word);
        // with a base URL, so the feed and the sitemap are written too
        assertAbsent(site.build(new BuildOptions(site.root(), null, false, "https://jyj.example.gov.cn/", false)));

        BuiltSite withDrafts = site.build(site.options().withDrafts(true));
        assertThat(withDrafts.page("reports/held/index.html").select("h1 .badge-draft").text()).isEqualTo("草稿");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N", "否", "假", "错",
            "\"no\""})
    void wordsForNoPublishTheReport(String word) {
        BuiltSite built = site("draft: " + word).build();

        assertThat(built.page("reports/held/index.html").select("h1").text()).isEqualTo(DRAFT_TITLE);
        assertThat(built.page("reports/held/index.html").select("h1 .badge-draft")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"草稿", "待审", "1", "0", "maybe", "[是]", "是的", "yes please"})
    void anyOtherWordIsAnErrorAtTheValue(String word) {
        var failure = site("draft: " + word).buildExpectingFailure();

        List<Problem> problems = failure.problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).isEqualTo("content/reports/held.md:8:8");
            assertThat(p.message()).startsWith("`draft` must be yes or no");
            assertThat(p.hint()).contains("draft: true").contains("draft: 是").contains("draft: false");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft:", "draft: ~", "draft: \"\""})
    void anEmptyDraftIsAnErrorNotAPublication(String line) {
        var failure = site(line).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).startsWith("content/reports/held.md:8:");
            assertThat(p.message()).isEqualTo("`draft` is empty");
            assertThat(p.hint()).contains("draft: true").contains("remove the line");
        });
    }

    /** The data tables' yes/no columns take the same words (TRUE is what a boolean cell of an .xlsx reads as). */
    @ParameterizedTest
    @ValueSource(strings = {"是", "对", "TRUE", "yes"})
    void dataTablesTakeTheSameWordsForYes(String word) {
        BuiltSite built = TestSite.withConfig(file("fees.csv", FEES_HEADER, with(FEE, 10, word))).build();

        assertThat(built.page("fees/index.html").select("table.fees tbody tr .badge-voluntary").text()).isEqualTo("自愿");
    }
}
