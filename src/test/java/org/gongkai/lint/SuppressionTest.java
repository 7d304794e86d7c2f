package org.gongkai.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.problem.Severity;
import org.gongkai.testing.TestSite;

/**
 * Issue 13, "silence a known false alarm": {@code <!-- gongkai-ignore: kind -->} before a block and {@code check_ignore}
 * in the front matter suppress the findings of those kinds there, and nowhere else; a kind that is not one is a
 * warning, a suppression that suppresses nothing an info.
 */
class SuppressionTest {

    private static List<String> shownIgnored(ContentLint.Result result) {
        return result.ignored().stream().map(i -> i.finding().position().line() + ":" + i.finding().position().column()
                + " [" + i.finding().kind() + "] " + i.note()).toList();
    }

    @Test
    void aCommentSuppressesItsKindInTheBlockRightAfterIt() {
        ContentLint.Result result = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder -->
                2013年，43名教师获XX市班主任技能大赛一等奖。

                XX县的情况良好。
                """);

        assertThat(LintRun.shown(result.findings())).containsExactly(
                "13:1 [placeholder] 「XX县」 looks like an unfilled placeholder");
        assertThat(shownIgnored(result)).containsExactly("11:13 [placeholder] suppressed by gongkai-ignore on line 10");
        assertThat(result.ignored().get(0).finding().problem().message())
                .isEqualTo("「XX市」 looks like an unfilled placeholder");
    }

    @Test
    void aCommentNamesOneOrMoreKindsAndSuppressesOnlyThose() {
        ContentLint.Result both = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder, punctuation -->
                XX县的情况,良好.
                """);
        ContentLint.Result fullWidthComma = LintRun.resultOfBody("""
                <!-- gongkai-ignore：placeholder，punctuation -->
                XX县的情况,良好.
                """);
        ContentLint.Result one = LintRun.resultOfBody("""
                <!-- gongkai-ignore: punctuation -->
                XX县的情况,良好.
                """);

        assertThat(both.findings()).isEmpty();
        assertThat(both.ignored()).extracting(i -> i.finding().kind()).containsExactlyInAnyOrder("placeholder", "punctuation");
        assertThat(fullWidthComma.findings()).isEmpty();
        assertThat(one.findings()).extracting(Finding::kind).containsExactly("placeholder");
        assertThat(one.ignored()).extracting(i -> i.finding().kind()).containsExactly("punctuation");
    }

    @Test
    void stackedCommentsShareTheBlockAndACommentInAListItemCoversItsNextParagraph() {
        ContentLint.Result stacked = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder -->
                <!-- gongkai-ignore: punctuation -->
                XX县的情况,良好.
                """);
        ContentLint.Result inList = LintRun.resultOfBody("""
                - 第一项。

                  <!-- gongkai-ignore: placeholder -->
                  XX县的情况良好。
                - XX市的情况良好。
                """);

        assertThat(stacked.findings()).isEmpty();
        assertThat(shownIgnored(stacked)).containsExactlyInAnyOrder(
                "12:1 [placeholder] suppressed by gongkai-ignore on line 10",
                "12:7 [punctuation] suppressed by gongkai-ignore on line 11");
        assertThat(LintRun.shown(inList.findings())).containsExactly(
                "14:3 [placeholder] 「XX市」 looks like an unfilled placeholder");
        assertThat(shownIgnored(inList)).containsExactly("13:3 [placeholder] suppressed by gongkai-ignore on line 12");
    }

    @Test
    void aCommentBeforeATableCoversTheWholeTable() {
        ContentLint.Result result = LintRun.resultOfBody("""
                各项资助落实情况如下：

                <!-- gongkai-ignore: total-mismatch -->
                | 资助项目 | 金额（万元） |
                |---|---:|
                | 中职国家助学金 | 745.67 |
                | 高中助学金补助 | 331.71 |
                | 合计 | 1100 |
                """);

        assertThat(result.findings()).isEmpty();
        assertThat(shownIgnored(result)).singleElement().asString()
                .startsWith("17:").contains("[total-mismatch] suppressed by gongkai-ignore on line 12");
    }

    @Test
    void aBlankLineAfterTheCommentLeavesItSuppressingNothingWhichIsAnInfo() {
        ContentLint.Result result = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder -->

                XX县的情况良好。
                """);

        assertThat(result.ignored()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.position().line() + ":" + f.position().column() + " "
                + f.severity().label() + " [" + f.kind() + "]").containsExactly("10:22 info [ignore]",
                "12:1 warning [placeholder]");
        Finding stale = result.findings().get(0);
        assertThat(stale.problem().message()).isEqualTo("gongkai-ignore: there is no placeholder finding in the "
                + "paragraph, table or list right after this comment");
        assertThat(stale.problem().hint()).contains("delete", "very next line");
    }

    @Test
    void anUnknownKindIsAWarningAtItsColumnNamingTheKinds() {
        ContentLint.Result result = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder, placeholdr -->
                XX县的情况良好。
                """);

        assertThat(result.ignored()).extracting(i -> i.finding().kind()).containsExactly("placeholder");
        Finding unknown = result.findings().get(0);
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.kind()).isEqualTo("ignore");
        assertThat(unknown.position()).hasToString("content/reports/r.md:10:35");
        assertThat(unknown.problem().message()).isEqualTo("「placeholdr」 is not a kind of finding that can be suppressed");
        assertThat(unknown.problem().hint()).isEqualTo("the kinds are: data-mismatch, doc-number, missing-number, "
                + "personal-data, placeholder, punctuation, stand-in, total-mismatch, year-mismatch");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void aCommentWithoutKindsOrNotOnALineOfItsOwnIsAWarningAndSuppressesNothing() {
        ContentLint.Result empty = LintRun.resultOfBody("""
                <!-- gongkai-ignore -->
                XX县的情况良好。
                """);
        ContentLint.Result inline = LintRun.resultOfBody("""
                XX县的情况良好。<!-- gongkai-ignore: placeholder -->
                """);

        assertThat(LintRun.shown(empty.findings())).containsExactly(
                "10:1 [ignore] gongkai-ignore does not say which kind of finding to suppress",
                "11:1 [placeholder] 「XX县」 looks like an unfilled placeholder");
        assertThat(empty.findings().get(0).problem().hint()).contains("<!-- gongkai-ignore: placeholder -->");
        assertThat(LintRun.shown(inline.findings())).containsExactly(
                "10:1 [placeholder] 「XX县」 looks like an unfilled placeholder",
                "10:10 [ignore] gongkai-ignore works only as a comment on a line of its own");
        assertThat(inline.ignored()).isEmpty();
    }

    @Test
    void checkIgnoreInAReportsFrontMatterCoversTheWholeFileFrontMatterToo() {
        ContentLint.Result result = LintRun.result(TestSite.withConfig("""
                -- content/reports/r.md --
                ---
                title: XX县教育局2013年工作总结
                date: 2013-12-30
                year: 2013
                period: 全年
                category: 年度总结
                department: 测试县教育局
                check_ignore: [placeholder]
                ---

                2013年，43名教师获XX市班主任技能大赛一等奖,成绩突出.
                -- content/reports/other.md --
                ---
                title: 测试县教育局2013年工作总结
                date: 2013-12-30
                year: 2013
                period: 全年
                category: 年度总结
                department: 测试县教育局
                ---

                2013年，XX市的情况。
                """));

        assertThat(result.findings()).extracting(f -> f.position().file() + " " + f.kind())
                .containsExactly("content/reports/other.md placeholder", "content/reports/r.md punctuation");
        assertThat(shownIgnored(result)).containsExactly("2:8 [placeholder] suppressed by check_ignore on line 8",
                "11:13 [placeholder] suppressed by check_ignore on line 8");
    }

    @Test
    void checkIgnoreKindsAreCheckedOneByOneAtTheirOwnLines() {
        ContentLint.Result result = LintRun.result(TestSite.withConfig("""
                -- content/pages/guide.md --
                ---
                title: 信息公开指南
                check_ignore:
                  - placeholder
                  - year-mismatch
                  - typo
                ---

                请向XX科申请。
                -- content/pages/about.md --
                ---
                title: 关于我们
                check_ignore: placeholder， punctuation
                ---

                XX县教育局,负责全县教育工作.
                """));

        assertThat(result.findings()).extracting(f -> f.position() + " " + f.severity().label() + " [" + f.kind() + "] "
                + f.problem().message()).containsExactly(
                "content/pages/guide.md:5:5 info [ignore] check_ignore: there is no year-mismatch finding in this file",
                "content/pages/guide.md:6:5 warning [ignore] 「typo」 is not a kind of finding that can be suppressed");
        assertThat(result.ignored()).extracting(i -> i.finding().position().file() + " " + i.finding().kind())
                .containsExactlyInAnyOrder("content/pages/about.md placeholder", "content/pages/about.md punctuation",
                        "content/pages/guide.md placeholder");
    }

    @Test
    void theCommentIsNotProseForTheRules() {
        // ASCII punctuation between Chinese words in the comment would be a punctuation finding if it were prose
        ContentLint.Result result = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholder,占位 -->
                XX县的情况良好。
                """);

        assertThat(result.findings()).extracting(Finding::kind).containsExactly("ignore");
    }

    @Test
    void theSuppressionMessagesInChinese() {
        ContentLint.Result result = LintRun.resultOfBody("""
                <!-- gongkai-ignore: placeholdr -->

                <!-- gongkai-ignore: total-mismatch -->
                XX县的情况良好。
                """);

        assertThat(result.findings()).extracting(f -> f.problem().message(Language.ZH)).containsExactly(
                "「placeholdr」不是可以忽略的检查结果种类",
                "`gongkai-ignore` 下面紧接着的一段（或表格、列表）里没有「total-mismatch」检查结果，不需要忽略",
                "「XX县」像是没有填写的占位符");
        assertThat(result.findings().get(0).problem().hint(Language.ZH)).startsWith("可以写的种类有：data-mismatch、doc-number");
        ContentLint.Result ignored = LintRun.resultOfBody("<!-- gongkai-ignore: placeholder -->\nXX县的情况良好。\n");
        assertThat(ignored.ignored().get(0).note().in(Language.ZH)).isEqualTo("已按第 10 行的 `gongkai-ignore` 忽略");
    }
}
