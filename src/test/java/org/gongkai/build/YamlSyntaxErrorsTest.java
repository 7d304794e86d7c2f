package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.TestSite;

/**
 * A YAML syntax error in front matter or site.yaml points at the character to fix, as a line and column of the
 * file (front matter starts on line 2), in plain words; the parser's own message with its own line numbers
 * ("in 'reader', line 8, column 1") never reaches the user.
 */
class YamlSyntaxErrorsTest {

    /** Line 9 is the attachment entry under {@code attachments:}. */
    private static final String REPORT = """
            ---
            title: 宿松县教育局2013年上半年工作总结
            date: 2013-07-10
            year: 2013
            period: 上半年
            category: 半年总结
            department: 宿松县教育局
            attachments:
              - files/a.pdf
            ---
            2013年上半年，我局稳步推进各项工作。
            """;

    private static Problem onlyProblem(String file, byte[] text) {
        var failure = TestSite.withConfig("").file(file, text).buildExpectingFailure();
        assertThat(failure.problems()).hasSize(1);
        Problem problem = failure.problems().get(0);
        assertThat(problem.format()).doesNotContain("in 'reader'").doesNotContainPattern("(line|column) \\d");
        return problem;
    }

    private static Problem reportProblem(String text) {
        return onlyProblem("content/reports/r.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withBomAndCrlf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void tabIndentationIsReportedAtTheTab() {
        Problem problem = reportProblem(REPORT.replace("  - files/a.pdf", "\t- files/a.pdf"));

        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:9:1");
        assertThat(problem.message()).isEqualTo("a tab is used for indentation");
        assertThat(problem.hint()).contains("spaces");
    }

    @Test
    void tabAfterSpacesIsReportedAtTheTab() {
        Problem problem = reportProblem(REPORT.replace("  - files/a.pdf", "  \t- files/a.pdf"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:9:3");
        assertThat(problem.message()).isEqualTo("a tab is used for indentation");
    }

    @Test
    void tabAfterTheColonIsReportedAtTheTab() {
        Problem problem = reportProblem(REPORT.replace("year: 2013", "year:\t2013"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:4:6");
        assertThat(problem.message()).isEqualTo("a tab separates `year` from its value");
        assertThat(problem.hint()).contains("space");
    }

    @Test
    void bomAndCrlfGiveTheSamePositions() {
        Problem problem = onlyProblem("content/reports/r.md", withBomAndCrlf(REPORT.replace("  - files/a.pdf", "\t- files/a.pdf")));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:9:1");

        Problem quote = onlyProblem("content/reports/r.md", withBomAndCrlf(REPORT.replace("title: 宿", "title: \"宿")));
        assertThat(quote.position().toString()).isEqualTo("content/reports/r.md:2:8");
    }

    @Test
    void unclosedDoubleQuoteIsReportedAtTheQuote() {
        Problem problem = reportProblem(REPORT.replace("title: 宿", "title: \"宿"));

        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:8");
        assertThat(problem.message()).isEqualTo("the quote 「\"」 that starts the value of `title` is not closed on its line");
        assertThat(problem.hint()).contains("title: \"…\"");
    }

    @Test
    void unclosedSingleQuoteIsReportedAtTheQuote() {
        Problem problem = reportProblem(REPORT.replace("department: 宿", "department: '宿"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:7:13");
        assertThat(problem.message()).isEqualTo("the quote 「'」 that starts the value of `department` is not closed on its line");
    }

    @Test
    void unclosedQuoteClosedByALaterQuoteIsStillReportedWhereItOpens() {
        Problem problem = reportProblem(REPORT.replace("title: 宿", "title: \"宿").replace("period: 上半年", "period: \"上半年\""));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:8");
        assertThat(problem.message()).startsWith("the quote 「\"」 that starts the value of `title`");
    }

    @Test
    void quotesInsideAQuotedValueAreReportedAtTheQuoteThatEndsItEarly() {
        Problem problem = reportProblem(REPORT.replace("title: 宿松县教育局2013年上半年工作总结", "title: \"关于\"两免一补\"的通知\""));

        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:11");
        assertThat(problem.message()).isEqualTo("the value of `title` goes on after its closing quote");
        assertThat(problem.hint()).contains("title: \"关于“两免一补”的通知\"");
    }

    @Test
    void missingSpaceAfterTheColonIsReportedAtTheColon() {
        Problem title = reportProblem(REPORT.replace("title: 宿松县教育局2013年上半年工作总结", "title:\"宿松县教育局2013年上半年工作总结\""));
        assertThat(title.position().toString()).isEqualTo("content/reports/r.md:2:6");
        assertThat(title.message()).isEqualTo("there is no space after the colon of `title`");
        assertThat(title.hint()).contains("title: ");

        Problem date = reportProblem(REPORT.replace("date: 2013-07-10", "date:2013-07-10"));
        assertThat(date.position().toString()).isEqualTo("content/reports/r.md:3:5");
        assertThat(date.message()).isEqualTo("there is no space after the colon of `date`");
        assertThat(date.hint()).contains("date: 2013-07-10");
    }

    @Test
    void missingSpaceOnTheLastLineIsFoundToo() {
        Problem problem = reportProblem(REPORT.replace("attachments:\n  - files/a.pdf\n", "tags:[学生资助]\n"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:8:5");
        assertThat(problem.message()).isEqualTo("there is no space after the colon of `tags`");
    }

    @Test
    void frontMatterOfOneLineWithoutTheSpaceIsReportedAtTheColon() {
        Problem problem = reportProblem("---\ntitle:宿松县教育局2013年上半年工作总结\n---\n正文。\n");
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:6");
        assertThat(problem.message()).isEqualTo("there is no space after the colon of `title`");
    }

    @Test
    void fullWidthColonIsReportedAtTheColon() {
        Problem problem = reportProblem(REPORT.replace("period: 上半年", "period：上半年"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:5:7");
        assertThat(problem.message()).isEqualTo("`period` is followed by a full-width colon 「：」");
        assertThat(problem.hint()).contains("period: ");
    }

    @Test
    void unclosedListIsReportedAtItsBracket() {
        Problem problem = reportProblem(REPORT.replace("attachments:\n  - files/a.pdf\n", "tags: [学生资助, 校安工程\n"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:8:7");
        assertThat(problem.message()).isEqualTo("the list that starts with 「[」 is not closed on its line");
        assertThat(problem.hint()).contains("]");
    }

    @Test
    void colonAndSpaceInsideAValueIsReportedAtTheColon() {
        Problem problem = reportProblem(REPORT.replace("title: 宿松县教育局2013年上半年工作总结", "title: 通知: 关于收费"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:10");
        assertThat(problem.message()).isEqualTo("the value of `title` holds a colon followed by a space");
        assertThat(problem.hint()).contains("title: \"通知: 关于收费\"");
    }

    @Test
    void lineThatIsNotKeyValueIsReportedAtItsStart() {
        Problem problem = reportProblem(REPORT.replace("year: 2013\n", "year: 2013\n上半年工作\n"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:5:1");
        assertThat(problem.message()).isEqualTo("this line is not `key: value`");
    }

    @Test
    void unknownEscapeIsReportedAtTheBackslash() {
        Problem problem = reportProblem(REPORT.replace("  - files/a.pdf", "  - \"files\\2013\\a.pdf\""));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:9:11");
        assertThat(problem.message()).isEqualTo("「\\2」 is not allowed inside double quotes");
        assertThat(problem.hint()).contains("/");
    }

    @Test
    void indentedKeyIsReportedAtTheKey() {
        Problem problem = reportProblem(REPORT.replace("date: 2013", "  date: 2013"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:3:3");
        assertThat(problem.message()).isEqualTo("`date` is indented under a key that already has a value");
    }

    @Test
    void listItemAfterAKeyOnItsLineIsReportedAtTheDash() {
        Problem problem = reportProblem(REPORT.replace("department: 宿松县教育局", "department: 宿松县教育局\ntags: - 学生资助"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:8:7");
        assertThat(problem.message()).isEqualTo("a list item 「- 」 cannot start here");
    }

    @Test
    void strayCharacterAfterAValueIsReportedAtIt() {
        Problem problem = reportProblem(REPORT.replace("department: 宿松县教育局", "department: 宿松县教育局\ntags: [学生资助]]"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:8:13");
        assertThat(problem.message()).isEqualTo("「]」 is out of place here: the `key: value` above has ended");
    }

    @Test
    void unclosedBraceIsReportedAtTheBrace() {
        Problem problem = reportProblem(REPORT.replace("department: 宿松县教育局", "department: {宿松县教育局"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:7:13");
        assertThat(problem.message()).isEqualTo("the value that starts with 「{」 is not closed on its line");
    }

    @Test
    void otherErrorsGetTheParsersProblemWithoutItsPositions() {
        Problem problem = reportProblem(REPORT.replace("title: 宿松县教育局2013年上半年工作总结", "title: |x"));
        assertThat(problem.position().toString()).isEqualTo("content/reports/r.md:2:9");
        assertThat(problem.message()).startsWith("this is not valid YAML (the parser says 「").contains("indicators");
    }

    @Test
    void siteYamlErrorsCountFromItsFirstLine() {
        String siteYaml = "title: 测试县教育局信息公开\nbureau: 测试县教育局\ncontacts:\n\tphone: \"0556-1001000\"\n";
        var failure = TestSite.of("-- content/site.yaml --\n" + siteYaml).buildExpectingFailure();
        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).isEqualTo("content/site.yaml:4:1");
            assertThat(p.message()).isEqualTo("a tab is used for indentation");
        });

        Problem crlf = onlyProblemOfSiteYaml(withBomAndCrlf(siteYaml));
        assertThat(crlf.position().toString()).isEqualTo("content/site.yaml:4:1");

        Problem colon = onlyProblemOfSiteYaml("title: 测试县教育局信息公开\nbase_url:https://jyj.example.gov.cn/\nbureau: 测试县教育局\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(colon.position().toString()).isEqualTo("content/site.yaml:2:9");
        assertThat(colon.message()).isEqualTo("there is no space after the colon of `base_url`");
    }

    private static Problem onlyProblemOfSiteYaml(byte[] text) {
        var failure = TestSite.of("").file("content/site.yaml", text).buildExpectingFailure();
        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0).format()).doesNotContain("in 'reader'");
        return failure.problems().get(0);
    }
}
