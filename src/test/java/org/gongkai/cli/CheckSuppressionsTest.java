package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/**
 * Issue 13: {@code gongkai check} says how many findings a suppression hides, lists them with {@code --show-ignored}
 * (in the text and the JSON format, marked), and they do not make it fail.
 */
class CheckSuppressionsTest {

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

            <!-- gongkai-ignore: placeholder -->
            2013年，43名教师获XX市班主任技能大赛一等奖。
            """;

    private static final String SHOWN = "content/reports/r.md:11:13: [placeholder] 「XX市」 looks like an unfilled placeholder\n"
            + "  hint: replace it with the real name or figure before publishing\n";

    @Test
    void aSuppressedFindingIsNotShownNorCountedButTheSummarySaysSo() {
        CliRun run = TestSite.withConfig(REPORT).cli("check", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("check: no findings\n",
                "check: 1 finding(s) suppressed by gongkai-ignore or check_ignore; --show-ignored lists them\n");
    }

    @Test
    void theSummaryLineInChinese() {
        CliRun run = TestSite.withConfig(REPORT).cli("check", "--lang", "zh");

        assertThat(run.err()).contains("检查：有 1 条检查结果已按 `gongkai-ignore` 或 `check_ignore` 忽略，加上 `--show-ignored` 可以列出");
    }

    @Test
    void withoutSuppressionsTheSummaryHasNoSuchLine() {
        CliRun run = TestSite.withConfig(REPORT.replace("<!-- gongkai-ignore: placeholder -->\n", "")).cli("check",
                "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEqualTo(SHOWN.replace(":11:13:", ":10:13:"));
        assertThat(run.err()).doesNotContain("suppressed");
    }

    @Test
    void showIgnoredListsEachAsItWouldHaveBeenShownMarked() {
        CliRun run = TestSite.withConfig(REPORT).cli("check", "--show-ignored", "--lang", "en");
        CliRun zh = TestSite.withConfig(REPORT).cli("check", "--show-ignored", "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(SHOWN + "  suppressed by gongkai-ignore on line 10\n");
        assertThat(zh.out()).endsWith("  已按第 10 行的 `gongkai-ignore` 忽略\n");
    }

    @Test
    void showIgnoredListsThemAfterTheFindings() {
        CliRun run = TestSite.withConfig(REPORT + "\nXX县的情况良好。\n").cli("check", "--show-ignored", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).startsWith("content/reports/r.md:13:1: [placeholder] 「XX县」").endsWith(SHOWN
                + "  suppressed by gongkai-ignore on line 10\n");
        assertThat(run.err()).contains("check: 1 finding(s): 0 error(s), 1 warning(s), 0 info",
                "check: 1 finding(s) suppressed");
    }

    @Test
    void jsonKeepsItsArrayAndMarksTheSuppressedOnesOnlyWithShowIgnored() throws Exception {
        TestSite site = TestSite.withConfig(REPORT + "\nXX县的情况良好。\n");
        JsonNode plain = new ObjectMapper().readTree(site.cli("check", "--format", "json").out());
        JsonNode shown = new ObjectMapper().readTree(site.cli("check", "--format", "json", "--show-ignored").out());

        assertThat(plain).hasSize(1);
        assertThat(plain.get(0).get("line").asInt()).isEqualTo(13);
        assertThat(plain.get(0).has("suppressed")).isFalse();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).isEqualTo(plain.get(0));
        JsonNode suppressed = shown.get(1);
        assertThat(suppressed.get("line").asInt()).isEqualTo(11);
        assertThat(suppressed.get("kind").asText()).isEqualTo("placeholder");
        assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void anUnknownKindFailsTheCheckAsAWarning() {
        CliRun run = TestSite.withConfig(REPORT.replace("placeholder -->", "placeholdr -->")).cli("check", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).startsWith("content/reports/r.md:10:22: [ignore] 「placeholdr」 is not a kind of finding "
                + "that can be suppressed\n  hint: the kinds are: data-mismatch, doc-number,");
        assertThat(run.out()).contains(SHOWN);
    }

    @Test
    void fixLeavesSuppressedPunctuationAsItIs() throws Exception {
        TestSite site = TestSite.withConfig(REPORT.replace("placeholder -->", "placeholder, punctuation -->")
                .replace("2013年，43名教师获XX市班主任技能大赛一等奖。", "引用原文:\"第一,第二\"。\n\n其余,照改.") + """
                -- content/pages/guide.md --
                ---
                title: 信息公开指南
                check_ignore: [punctuation]
                ---

                原文照录:甲,乙.
                """);
        Path report = site.root().resolve("content/reports/r.md");
        Path page = site.root().resolve("content/pages/guide.md");
        String pageBefore = Files.readString(page, StandardCharsets.UTF_8);

        CliRun run = site.cli("check", "--fix", "--lang", "en");

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("引用原文:\"第一,第二\"。\n\n其余，照改。");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(pageBefore);
        assertThat(run.out()).contains("@@ line 13 @@").doesNotContain("@@ line 11 @@", "guide.md");
    }

    @Test
    void aCheckIgnoreThatIsNotAListOfKindsIsAnInputError() {
        CliRun run = TestSite.withConfig(REPORT.replace("department: 测试县教育局\n", "department: 测试县教育局\n"
                + "check_ignore: {placeholder: true}\n")).cli("check", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("content/reports/r.md:8:15: [input] `check_ignore` must be a list, found a mapping\n"
                + "  hint: write check_ignore: [placeholder]\n");
    }
}
