package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.testing.TestSite;

class InputErrorsTest {

    private static final String GOOD_REPORT = """
            -- content/reports/good.md --
            ---
            title: 宿松县教育局2011年工作总结
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 宿松县教育局
            ---
            正文。
            """;

    private static List<String> messages(BuildFailedException failure) {
        return failure.problems().stream().map(Problem::format).toList();
    }

    @Test
    void unknownCategoryIsReportedWithFileLineAndAllowedValues() {
        var failure = TestSite.withConfig("""
                -- content/reports/2013-report.md --
                ---
                title: 2013年工作汇报
                date: 2013-01-18
                year: 2013
                period: 全年
                category: 年终总结
                department: 武侯区教育局
                ---
                正文。
                """).buildExpectingFailure();

        assertThat(failure.problems()).hasSize(1);
        Problem problem = failure.problems().get(0);
        assertThat(problem.position().toString()).isEqualTo("content/reports/2013-report.md:6:11");
        assertThat(problem.message()).contains("年终总结");
        assertThat(problem.hint()).contains("年度总结").contains("工作汇报");
    }

    @Test
    void chineseDateIsRejectedWithTheIsoDateToWrite() {
        var failure = TestSite.withConfig(GOOD_REPORT.replace("date: 2011-12-30", "date: 二0一三年三月八日")).buildExpectingFailure();

        assertThat(messages(failure)).singleElement().satisfies(m -> assertThat(m)
                .startsWith("content/reports/good.md:3:7: `date` 「二0一三年三月八日」 is not a date in the form YYYY-MM-DD")
                .contains("hint: write date: 2013-03-08"));
    }

    @Test
    void impossibleDateIsRejected() {
        var failure = TestSite.withConfig(GOOD_REPORT.replace("2011-12-30", "2011-02-30")).buildExpectingFailure();
        assertThat(messages(failure)).singleElement().asString().contains("not a real date");
    }

    @Test
    void unknownKeyIsReportedAtItsLineWithASuggestion() {
        var failure = TestSite.withConfig(GOOD_REPORT.replace("period: 全年", "period: 全年\ntitel: 重复")).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).isEqualTo("content/reports/good.md:6:1");
            assertThat(p.message()).isEqualTo("unknown key `titel` in a report's front matter");
            assertThat(p.hint()).startsWith("did you mean `title`?");
        });
    }

    @Test
    void missingRequiredKeysAreAllListed() {
        var failure = TestSite.withConfig("""
                -- content/reports/empty.md --
                ---
                title: 只有标题
                ---
                正文。
                """).buildExpectingFailure();

        assertThat(messages(failure)).hasSize(5)
                .allSatisfy(m -> assertThat(m).startsWith("content/reports/empty.md:").contains("is missing"));
    }

    @Test
    void problemsOfSeveralFilesAreReportedTogether() {
        var failure = TestSite.withConfig("""
                -- content/reports/a.md --
                ---
                title: A
                date: 2011-13-01
                year: 2011
                period: 全年
                category: 年度总结
                department: 甲
                ---
                -- content/reports/b.md --
                ---
                title: B
                date: 2011-12-01
                year: 二〇一一
                period: 全年度
                category: 年度总结
                department: 乙
                ---
                """).buildExpectingFailure();

        assertThat(failure.problems()).extracting(p -> p.position().toString())
                .containsExactly("content/reports/a.md:3:7", "content/reports/b.md:4:7", "content/reports/b.md:5:9");
    }

    @Test
    void badYamlIsReportedAtItsLine() {
        var failure = TestSite.withConfig("""
                -- content/reports/bad.md --
                ---
                title: 标题
                date: 2011-12-30
                tags: [a, b
                year: 2011
                ---
                """).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).isEqualTo("content/reports/bad.md:4:7");
            assertThat(p.message()).isEqualTo("the list that starts with 「[」 is not closed on its line");
        });
    }

    @Test
    void fileWithoutFrontMatterIsReported() {
        var failure = TestSite.withConfig("-- content/reports/plain.md --\n# 标题\n正文\n").buildExpectingFailure();
        assertThat(messages(failure)).singleElement().asString()
                .startsWith("content/reports/plain.md:1: the file does not start with front matter");
    }

    @Test
    void fileThatIsNeitherUtf8NorGbkIsReportedWithItsLine() {
        String text = GOOD_REPORT.substring(GOOD_REPORT.indexOf("---"));
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        byte[] bytes = java.util.Arrays.copyOf(gbk, gbk.length + 1);
        bytes[gbk.length] = (byte) 0xFF; // starts no GBK or UTF-8 sequence: GBK Markdown is read (issue 13), this is not
        var failure = TestSite.withConfig("").file("content/reports/gbk.md", bytes).buildExpectingFailure();

        assertThat(messages(failure)).singleElement().asString()
                .startsWith("content/reports/gbk.md:2: the file is not UTF-8")
                .doesNotContain("GBK")
                .contains("hint: save it as UTF-8");
    }

    @Test
    void twoReportsWithOneSlugNameBothFiles() {
        var failure = TestSite.withConfig(GOOD_REPORT + GOOD_REPORT.replace("content/reports/good.md", "content/reports/2011/good.md"))
                .buildExpectingFailure();

        assertThat(messages(failure)).singleElement().asString()
                .contains("content/reports/2011/good.md").contains("content/reports/good.md").contains("「good」");
    }

    @Test
    void chineseFileNameIsRejectedBecauseUrlsAreAscii() {
        var failure = TestSite.withConfig(GOOD_REPORT.replace("good.md", "工作总结.md")).buildExpectingFailure();
        assertThat(messages(failure)).singleElement().asString().contains("URLs must be ASCII");
    }

    @Test
    void missingSiteYamlIsReported() {
        var failure = TestSite.of(GOOD_REPORT).buildExpectingFailure();
        assertThat(messages(failure)).singleElement().asString().startsWith("content/site.yaml: site.yaml is missing");
    }

    @Test
    void siteYamlUnknownKeysAndWrongTypesAreReported() {
        var failure = TestSite.of("""
                -- content/site.yaml --
                title: 测试站
                bureau: [甲, 乙]
                base_url: jyj.example.gov.cn
                contacts:
                  phone: 12345
                  fax: 0556
                colour: red
                """).buildExpectingFailure();

        assertThat(failure.problems()).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
                "2: `bureau` must be text, found a list",
                "3: `base_url` 「jyj.example.gov.cn」 is not an absolute http(s) address",
                "6: unknown key `fax` in contacts",
                "7: unknown key `colour` in site.yaml");
    }

    @Test
    void missingAttachmentIsReported() {
        var failure = TestSite.withConfig(GOOD_REPORT.replace("period: 全年", "period: 全年\nattachments: [files/none.pdf]"))
                .buildExpectingFailure();
        assertThat(messages(failure)).singleElement().asString().contains("attachment 「files/none.pdf」 is not a file in content/static/");
    }

    @Test
    void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        TestSite site = TestSite.withConfig(GOOD_REPORT);
        var built = site.build();
        List<String> before = built.files();
        String page = built.text("reports/good/index.html");

        site.file("content/reports/good.md", "---\ntitle: 坏\n---\n");
        site.buildExpectingFailure();

        assertThat(built.files()).isEqualTo(before);
        assertThat(built.text("reports/good/index.html")).isEqualTo(page);
        try (var siblings = Files.list(site.root())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("content", "site", ".site.lock"); // the build lock stays; no staging folder does
        }
    }

    @Test
    void outputFolderThatHoldsOtherFilesIsNotReplaced() throws Exception {
        TestSite site = TestSite.withConfig(GOOD_REPORT);
        Files.createDirectories(site.root().resolve("site"));
        Files.writeString(site.root().resolve("site/notes.txt"), "mine");

        var failure = site.buildExpectingFailure();

        assertThat(messages(failure)).singleElement().asString().contains("holds files but no site");
        assertThat(Files.readString(site.root().resolve("site/notes.txt"))).isEqualTo("mine");
    }
}
