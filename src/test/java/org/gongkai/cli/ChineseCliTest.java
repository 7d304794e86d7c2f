package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/** What the command line says in Chinese, the default language: usage errors, the build summary, gongkai new. */
class ChineseCliTest {

    private static final String REPORT = """
            -- content/reports/r.md --
            ---
            title: 报告
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 局
            ---
            正文。
            """;

    @Test
    void anUnknownOptionIsSaidInChineseWithTheChineseHelp() {
        CliRun run = CliRun.run("build", "--no-such-option", "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("没有这个选项：「--no-such-option」\n用法：\ngongkai build");
        assertThat(HelpLanguageTest.englishWords(run.err())).isEmpty();
    }

    @Test
    void picocliSuggestionsAreSaidInChineseToo() {
        CliRun command = CliRun.run("biuld", "--lang", "zh");
        assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).isEqualTo("无法识别的参数：「biuld」\n您是不是要输入：gongkai build？\n");

        CliRun option = CliRun.run("build", "--stri", "--lang", "zh");
        assertThat(option.err()).startsWith("没有这个选项：「--stri」\n相近的选项有：--strict");
    }

    @Test
    void missingParametersAndBadValuesAreSaidInChinese() {
        TestSite site = TestSite.withConfig("");
        CliRun title = site.cli("new", "report", "--lang", "zh");
        assertThat(title.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(title.err()).startsWith("缺少必填的参数：「标题」\n");

        CliRun out = site.cli("build", "--lang", "zh", "--out");
        assertThat(out.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(out.err()).startsWith("选项 --out 后面缺少它的值（DIR）\n");

        CliRun port = site.cli("serve", "--lang", "zh", "--port", "abc");
        assertThat(port.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(port.err()).startsWith("选项 --port 的值不对：「abc」不是整数\n");

        CliRun format = site.cli("check", "--lang", "zh", "--format", "xml");
        assertThat(format.err()).startsWith("选项 --format 的值不对：「xml」不是可用的值，可用的值有：text、json（区分大小写）\n");

        CliRun category = site.cli("new", "report", "报告", "--lang", "zh", "--category", "年终总结");
        assertThat(category.err()).startsWith("选项 --category 的值不对：「年终总结」不是可用的类别，可用的类别有：年度总结、半年总结");

        CliRun dryRun = site.cli("check", "--lang", "zh", "--dry-run");
        assertThat(dryRun.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dryRun.err()).startsWith("--dry-run 要和 --fix 一起使用\n用法：");
    }

    @Test
    void theEnglishOfPicocliErrorsStaysAsPicocliWordsIt() {
        assertThat(CliRun.run("build", "--lang", "en", "--out").err())
                .startsWith("Missing required parameter for option '--out' (DIR)\nUsage: gongkai build");
        assertThat(CliRun.run("serve", "--lang", "en", "--port", "abc").err())
                .startsWith("Invalid value for option '--port': 'abc' is not an int\n");
        assertThat(CliRun.run("check", "--lang", "en", "--format", "xml").err())
                .startsWith("Invalid value for option '--format': expected one of [text, json] (case-sensitive) but was 'xml'\n");
        assertThat(CliRun.run("build", "--lang", "en", "--out", "a", "--out", "b").err())
                .startsWith("option '--out' (DIR) should be specified only once\n");
        assertThat(CliRun.run("biuld", "--lang", "en").err()).isEqualTo("Unmatched argument: 'biuld'\nDid you mean: gongkai build?\n");
    }

    @Test
    void aBuildSumsUpInChinese() {
        CliRun run = TestSite.withConfig(REPORT).cli("build", "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("^已生成 \\d+ 个页面（共 \\d+ 个文件）到 .*site，用时 [0-9.]+ 秒；"
                + "与上次的网站相比：新增 \\d+ 个页面，修改 0 个，删除 0 个（其他文件：新增 \\d+ 个，修改 0 个，删除 0 个）\n$");
        assertThat(run.err()).contains("content/site.yaml: 信息：没有生成 feed.xml 和 sitemap.xml：它们需要网站的绝对地址\n"
                + "  提示：请在 content/site.yaml 中填写 `base_url`，或者加上 --base-url https://…/");
    }

    @Test
    void theOutputFolderIsGuardedInChinese() throws IOException {
        TestSite site = TestSite.withConfig(REPORT).file("documents/letter.txt", "信");

        CliRun run = site.cli("build", "--lang", "zh", "--out", site.root().resolve("documents").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(": 输出文件夹中有文件，但不是生成的网站（没有 index.html）；生成会替换掉这些文件\n"
                + "  提示：请为 --out 选一个空的或新的文件夹");
        assertThat(Files.readString(site.root().resolve("documents/letter.txt"))).isEqualTo("信");
    }

    @Test
    void newSaysWhatItWroteInChinese() {
        TestSite site = TestSite.withConfig("");

        CliRun report = site.cli("new", "report", "宿松县教育局2014年工作总结", "--lang", "zh");
        assertThat(report.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(report.out()).startsWith("已新建 content/reports/2014/")
                .contains("年份：2014，类别：年度总结，期间：全年，发文单位：")
                .contains("这是一篇草稿：gongkai serve 预览时标有「草稿」；删除 draft: true 这一行后才会发布");

        CliRun again = CliRun.run("new", "site", site.root().toString(), "--lang", "zh");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains(": 这个文件夹里已经有网站了（有 content/）\n  提示：请给出一个新文件夹的名字；");
    }

    @Test
    void serveWithoutASiteSaysSoInChinese() throws IOException {
        Path empty = Files.createTempDirectory("gongkai-empty-");
        CliRun run = CliRun.run("serve", "--lang", "zh", "--port", "0", "--source", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).startsWith("正在生成 " + empty.toAbsolutePath().normalize() + " 的预览（显示草稿）……");
        assertThat(run.err()).contains(" 中没有网站：没有 content/ 文件夹\n  提示：请在网站的文件夹中运行 gongkai serve");
    }
}
