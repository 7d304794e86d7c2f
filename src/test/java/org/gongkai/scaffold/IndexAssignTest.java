package org.gongkai.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;

/** Issue 14: `gongkai index assign` fills the missing 索引号, one inserted line each, every other byte kept. */
class IndexAssignTest {

    private static final String SITE = """
            -- content/site.yaml --
            title: 测试县教育局信息公开
            bureau: 测试县教育局
            disclosure:
              org_code: "A0001"
              index_pattern: "{org_code}/{year}-{seq:5}"
            """;

    private static String report(String date, String extra) {
        return "---\ntitle: \"测试县教育局工作汇报\"\n" + extra + "date: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n---\n\n今年工作。\n";
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    private static final Charset GBK = Charset.forName("GB18030");

    private static TestSite site() {
        return TestSite.of(SITE
                        + "-- content/reports/a.md --\n" + report("2021-01-10", "index: \"A0001/2021-00003\"\n")
                        + "-- content/reports/c.md --\n" + report("2020-12-30", "")
                        + "-- content/reports/d.md --\n" + report("2021-05-01", "").replace("---\n\n", "draft: true\n---\n\n")
                        + "-- content/pages/p.md --\n---\ntitle: 关于我们\npublished: 2021-02-01\n---\n\n正文。\n"
                        + "-- content/pages/q.md --\n---\nweight: 2\ntitle: >-\n  联系\n  我们\n---\n\n正文。\n")
                .file("content/reports/b.md", bom(crlf(report("2021-03-01", ""))))
                .file("content/reports/e.md", report("2021-06-01", "").getBytes(GBK));
    }

    @Test
    void numbersInDateOrderPerYearAndInsertsOneLineKeepingBomCrlfAndGbk() throws IOException {
        TestSite site = site();
        TestSite.CliRun run = site.cli("index", "assign");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("""
                content/reports/c.md:3: index: "A0001/2020-00001"
                content/pages/p.md:3: index: "A0001/2021-00004"
                content/reports/b.md:3: index: "A0001/2021-00005"
                content/reports/d.md:3: index: "A0001/2021-00006"
                content/reports/e.md:3: index: "A0001/2021-00007"
                wrote 5 索引号, adding only the index: line to each file
                """);
        assertThat(run.err()).contains("content/pages/q.md:1: warning: this page has no 发布日期 (published)");
        assertThat(Files.readAllBytes(site.root().resolve("content/reports/b.md")))
                .isEqualTo(bom(crlf(report("2021-03-01", "index: \"A0001/2021-00005\"\n"))));
        assertThat(Files.readAllBytes(site.root().resolve("content/reports/e.md")))
                .isEqualTo(report("2021-06-01", "index: \"A0001/2021-00007\"\n").getBytes(GBK));
        assertThat(Files.readString(site.root().resolve("content/reports/c.md")))
                .isEqualTo(report("2020-12-30", "index: \"A0001/2020-00001\"\n"));
        assertThat(Files.readString(site.root().resolve("content/pages/p.md")))
                .isEqualTo("---\ntitle: 关于我们\nindex: \"A0001/2021-00004\"\npublished: 2021-02-01\n---\n\n正文。\n");
        assertThat(Files.readString(site.root().resolve("content/reports/a.md")))
                .isEqualTo(report("2021-01-10", "index: \"A0001/2021-00003\"\n"));

        TestSite.CliRun again = site.cli("index", "assign");
        assertThat(again.out()).isEqualTo("every report and page has its 索引号 already; nothing to number\n");
        assertThat(site.cli("build").exitCode()).isEqualTo(0);
    }

    @Test
    void aTitleOnSeveralLinesGetsTheIndexAfterItsLastLine() throws IOException {
        TestSite site = TestSite.of(SITE + "-- content/pages/q.md --\n---\nweight: 2\ntitle: >-\n  联系\n  我们\npublished: 2021-02-01\n---\n\n正文。\n");
        assertThat(site.cli("index", "assign").out()).startsWith("content/pages/q.md:6: index: \"A0001/2021-00001\"\n");
        assertThat(Files.readString(site.root().resolve("content/pages/q.md"))).isEqualTo(
                "---\nweight: 2\ntitle: >-\n  联系\n  我们\nindex: \"A0001/2021-00001\"\npublished: 2021-02-01\n---\n\n正文。\n");
    }

    @Test
    void dryRunPrintsTheSameLinesAndChangesNothing() throws IOException {
        TestSite site = site();
        byte[] before = Files.readAllBytes(site.root().resolve("content/reports/b.md"));
        TestSite.CliRun run = site.cli("index", "assign", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("content/reports/b.md:3: index: \"A0001/2021-00005\"",
                "would write 5 索引号 (--dry-run: no file was changed)");
        assertThat(Files.readAllBytes(site.root().resolve("content/reports/b.md"))).isEqualTo(before);
        assertThat(Files.readString(site.root().resolve("content/reports/c.md"))).isEqualTo(report("2020-12-30", ""));
    }

    @Test
    void aPatternWithoutYearNumbersOnAcrossTheYears() throws IOException {
        TestSite site = TestSite.of(SITE.replace("{org_code}/{year}-{seq:5}", "JYJ-{seq:4}")
                + "-- content/reports/a.md --\n" + report("2019-01-10", "index: \"JYJ-0007\"\n")
                + "-- content/reports/b.md --\n" + report("2018-01-10", "")
                + "-- content/reports/c.md --\n" + report("2020-01-10", ""));
        assertThat(site.cli("index", "assign").out()).startsWith("content/reports/b.md:3: index: \"JYJ-0008\"\n"
                + "content/reports/c.md:3: index: \"JYJ-0009\"\n");
    }

    @Test
    void refusesWithoutAPatternAndWritesNothingOnInputErrors() throws IOException {
        TestSite none = TestSite.withConfig("-- content/reports/c.md --\n" + report("2020-12-30", ""));
        TestSite.CliRun refused = none.cli("index", "assign");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("content/site.yaml: site.yaml has no 索引号 pattern (disclosure.index_pattern");
        assertThat(refused.out()).isEmpty();

        TestSite twice = TestSite.of(SITE + "-- content/reports/a.md --\n" + report("2021-01-10", "index: \"A0001/2021-00001\"\n")
                + "-- content/reports/b.md --\n" + report("2021-01-11", "index: \"A0001/2021-00001\"\n")
                + "-- content/reports/c.md --\n" + report("2021-01-12", ""));
        TestSite.CliRun failed = twice.cli("index", "assign");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("content/reports/b.md:3:8: the 索引号 「A0001/2021-00001」 is already used in content/reports/a.md:3");
        assertThat(Files.readString(twice.root().resolve("content/reports/c.md"))).isEqualTo(report("2021-01-12", ""));
    }

    /** `gongkai import` writes {@code index: ""} with a comment: that line is filled, not a second one added. */
    @Test
    void anEmptyIndexLineAsImportWritesItIsFilledInPlace() throws IOException {
        String imported = report("2021-03-01", "").replace("department: 测试县教育局\n",
                "department: 测试县教育局\nindex: \"\"  # 索引号：请运行 gongkai index assign 编号\n");
        TestSite site = TestSite.of(SITE).file("content/reports/b.md", crlf(imported).getBytes(StandardCharsets.UTF_8));

        TestSite.CliRun run = site.cli("index", "assign");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).startsWith("content/reports/b.md:8: index: \"A0001/2021-00001\"\n");
        assertThat(Files.readAllBytes(site.root().resolve("content/reports/b.md"))).isEqualTo(crlf(imported
                .replace("index: \"\"  # 索引号：请运行 gongkai index assign 编号", "index: \"A0001/2021-00001\"")).getBytes(StandardCharsets.UTF_8));
        assertThat(site.cli("build", "--drafts").exitCode()).isZero();
    }
}
