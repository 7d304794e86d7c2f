package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/** {@code gongkai import}: files written, never overwritten, checked, and every input error at its path with a hint. */
class ImportCommandTest {

    static final String TWO_REPORTS = """
            第一篇:县教育和科技局2006年上半年工作总结
            文章标题:县教育和科技局2006年上半年工作总结
            2006上半年,我局紧紧围绕县委、县政府的中心工作,使各项工作得到顺
            利开展。现将有关情况总结如下:
            一、上半年工作完成情况
            (一)、加强理论学习,推进学习型系统建设
            坚持理论学习与实践相结合。
            二、存在的问题
            1、部分村完小办学条件不够完善。
            2、教师生活条件还十分简陋。
            金秀瑶族自治县教育和科技局
            2006年6月29日
            第二篇:教育局文明单位创建工作汇报
            教育局现有科室28个,干部职工180人。
            一、提高认识,加强领导
            近年来,教育系统对创建工作高度重视。
            丹江口市教育局 二0一一年十月十二日
            """;

    private static final String TODAY = LocalDate.now().toString();

    static List<Path> reports(TestSite site) {
        Path dir = site.root().resolve("content/reports");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestSite siteWith(String name, byte[] bytes) {
        return TestSite.withConfig("").file(name, bytes);
    }

    @Test
    void writesOneDraftPerReportNamedAsNewReportNamesThemAndTheyBuild() throws IOException {
        TestSite site = siteWith("paste.txt", TWO_REPORTS.getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", site.root().resolve("paste.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path first = site.root().resolve("content/reports/2006/" + TODAY + "-2006-half-year-summary.md");
        Path second = site.root().resolve("content/reports/2011/" + TODAY + "-2011-work-report.md");
        assertThat(reports(site)).containsExactly(first, second);
        assertThat(first).content(StandardCharsets.UTF_8).contains("title: \"县教育和科技局2006年上半年工作总结\"", "date: 2006-06-29",
                "period: 上半年", "category: 半年总结", "department: \"金秀瑶族自治县教育和科技局\"", "draft: true",
                "## 一、上半年工作完成情况\n\n### （一）加强理论学习，推进学习型系统建设",
                "使各项工作得到顺利开展。", "1. 部分村完小办学条件不够完善。\n2. 教师生活条件还十分简陋。");
        assertThat(run.out()).contains("wrote content/reports/2006/" + TODAY + "-2006-half-year-summary.md: “县教育和科技局2006年上半年工作总结”",
                "date: 2006-06-29 (read from the sign-off)", "department: 丹江口市教育局",
                "imported 2 report(s)", "next: gongkai serve");

        BuiltSite built = site.build(site.options().withDrafts(true));
        Document page = built.page("reports/" + TODAY + "-2006-half-year-summary/index.html");
        assertThat(page.select(".report-body h2, .report-body h3").eachText()).containsExactly("一、上半年工作完成情况", "（一）加强理论学习，推进学习型系统建设", "二、存在的问题");
        assertThat(page.select(".report-body ol li").eachText()).containsExactly("部分村完小办学条件不够完善。", "教师生活条件还十分简陋。");
    }

    @Test
    void whatCouldNotBeReadIsListedToCheck() {
        TestSite site = siteWith("x.txt", "某某情况\n\n今年,我们做了一些工作。\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", site.root().resolve("x.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("to check:", "date: the text has no signing date, today " + TODAY,
                "department: neither the sign-off nor the title names the issuing body, the site's bureau “测试县教育局” stands in");
    }

    @Test
    void theContentRulesRunOnWhatWasWritten() {
        TestSite site = siteWith("x.txt", "教育局工作总结\n\n全县共有学校XX所,教师××人。\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", site.root().resolve("x.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("content/reports/\\d{4}/[-\\w]+\\.md:\\d+:\\d+: \\[placeholder]");
    }

    @Test
    void gbkAndUtf8WithBomAreRead() {
        byte[] gbk = "教育局工作总结\n\n今年，我局完成了校安工程。\n".getBytes(Charset.forName("GBK"));
        byte[] text = "教育局工作总结\n\n今年，我局完成了校安工程。\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        TestSite site = TestSite.withConfig("").file("gbk.txt", gbk).file("bom.txt", bom);

        CliRun run = site.cli("import", site.root().resolve("gbk.txt").toString(), site.root().resolve("bom.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(reports(site)).hasSize(2).allSatisfy(file -> assertThat(file).content(StandardCharsets.UTF_8)
                .contains("title: \"教育局工作总结\"", "今年，我局完成了校安工程。").doesNotContain("\uFEFF"));
    }

    @Test
    void neverOverwritesAFile() {
        TestSite site = siteWith("x.txt", TWO_REPORTS.getBytes(StandardCharsets.UTF_8));
        String file = site.root().resolve("x.txt").toString();

        assertThat(site.cli("import", file).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(site.cli("import", file).exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(reports(site)).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                TODAY + "-2006-half-year-summary.md", TODAY + "-2006-half-year-summary-2.md",
                TODAY + "-2011-work-report.md", TODAY + "-2011-work-report-2.md");
    }

    @Test
    void dryRunWritesNothingButSaysWhatItWouldWrite() {
        TestSite site = siteWith("x.txt", TWO_REPORTS.getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", "--dry-run", site.root().resolve("x.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("would write content/reports/2006/" + TODAY + "-2006-half-year-summary.md", "no file written");
        assertThat(reports(site)).isEmpty();
    }

    @Test
    void standardInputIsRead() {
        TestSite site = TestSite.withConfig("");
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream("教育局第三季度工作汇报\n\n本季度,我局做了以下工作。\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = site.cli("import", "-", "--category", "专项汇报");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("(from -)", "category: 专项汇报", "period: 第三季度");
        } finally {
            System.setIn(before);
        }
        assertThat(reports(site)).singleElement().satisfies(file -> assertThat(file.getFileName().toString()).endsWith("-special-report.md"));
    }

    @Test
    void inputsThatCannotBeImportedAreErrorsAtTheirPathWithAHint() {
        TestSite site = TestSite.withConfig("").file("a.pdf", "%PDF-1.4").file("b.wps", "x").file("c.doc", "x")
                .file("d.rtf", "x").file("e.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x81, 0x30});
        String root = site.root().toString();

        CliRun run = site.cli("import", root + "/a.pdf", root + "/b.wps", root + "/c.doc", root + "/d.rtf", root + "/missing.txt",
                root + "/e.txt", root);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(root + "/a.pdf: PDF files cannot be imported", root + "/b.wps: WPS Writer documents (.wps)",
                root + "/c.doc: old Word documents (.doc)", "Save As, file type \"Word Document (*.docx)\"",
                root + "/d.rtf: .rtf files cannot be imported", root + "/missing.txt: there is no such file",
                root + "/e.txt: this file is neither UTF-8 nor GBK", root + ": this is a folder, not a file");
        assertThat(run.err()).contains("  hint: ").doesNotContain("Exception");
        assertThat(reports(site)).isEmpty();
    }

    @Test
    void noFileAndAnUnknownCategoryAreUsageErrors() {
        TestSite site = TestSite.withConfig("");
        assertThat(site.cli("import").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(site.cli("import", "x.txt", "--category", "总结").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void outsideASiteItSaysSo() throws IOException {
        Path empty = Files.createTempDirectory("gongkai-import-nosite-");
        Files.writeString(empty.resolve("x.txt"), "标题\n\n正文。\n");
        CliRun run = CliRun.run("import", empty.resolve("x.txt").toString(), "--source", empty.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("content/");
    }

    @Test
    void onASiteWithAnIndexPatternTheIndexIsLeftEmptyForIndexAssignAndTheDraftBuilds() {
        TestSite site = TestSite.withConfig("""
                disclosure:
                  org_code: "A0001-0000001"
                  index_pattern: "{org_code}/{year}-{seq:5}"
                """).file("x.txt", "教育局2013年工作总结\r\n\r\n2013年,我局完成了校安工程。\r\n".getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", site.root().resolve("x.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(reports(site)).singleElement().satisfies(file -> assertThat(file).content(StandardCharsets.UTF_8)
                .contains("index: \"\"  # 索引号：请运行 gongkai index assign 编号（格式 {org_code}/{year}-{seq:5}）",
                        "subject: \"\"  # 主题分类：请从 招生录取、", "2013年，我局完成了校安工程。\n").doesNotContain("\r"));
        site.build(site.options().withDrafts(true));
    }

    /** Issue 14: `import` gives a draft whose 成文日期 it read the next 索引号, as `index assign` would, and no other file. */
    @Test
    void onASiteWithAnIndexPatternADraftWithItsDateReadGetsTheNextNumberAndNothingElseIsNumbered() throws IOException {
        String other = "---\ntitle: 旧报告\ndate: 2013-01-10\nyear: 2013\nperiod: 全年\ncategory: 工作汇报\n"
                + "department: 测试县教育局\n---\n\n正文。\n";
        TestSite site = TestSite.withConfig("""
                disclosure:
                  org_code: "A0001-0000001"
                  index_pattern: "{org_code}/{year}-{seq:5}"
                """)
                .file("content/reports/numbered.md", other.replace("title: 旧报告\n", "title: 旧报告\nindex: \"A0001-0000001/2013-00004\"\n"))
                .file("content/reports/unnumbered.md", other)
                .file("x.txt", "教育局2013年工作总结\n\n2013年,我局完成了校安工程。\n\n测试县教育局\n二〇一三年三月八日\n"
                        .getBytes(StandardCharsets.UTF_8));

        CliRun run = site.cli("import", site.root().resolve("x.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("索引号: A0001-0000001/2013-00005");
        Path draft = reports(site).stream().filter(f -> !f.getFileName().toString().contains("numbered")).findFirst().orElseThrow();
        assertThat(draft).content(StandardCharsets.UTF_8).contains("date: 2013-03-08\n", "index: \"A0001-0000001/2013-00005\"\n")
                .doesNotContain("index: \"\"");
        assertThat(site.root().resolve("content/reports/unnumbered.md")).content(StandardCharsets.UTF_8).isEqualTo(other);
        site.build(site.options().withDrafts(true));
    }

    /** The numbers come from the site as loaded before anything is written, so a dry run says the one it would give. */
    @Test
    void aDryRunSaysTheNumberARealRunGivesAndWritesNothing() throws IOException {
        String other = "---\ntitle: 旧报告\nindex: \"A0001-0000001/2013-00004\"\ndate: 2013-01-10\nyear: 2013\nperiod: 全年\n"
                + "category: 工作汇报\ndepartment: 测试县教育局\n---\n\n正文。\n";
        TestSite site = TestSite.withConfig("""
                disclosure:
                  org_code: "A0001-0000001"
                  index_pattern: "{org_code}/{year}-{seq:5}"
                """)
                .file("content/reports/numbered.md", other)
                .file("x.txt", "教育局2013年工作总结\n\n2013年,我局完成了校安工程。\n\n测试县教育局\n二〇一三年三月八日\n"
                        .getBytes(StandardCharsets.UTF_8));

        CliRun dry = site.cli("import", "--dry-run", site.root().resolve("x.txt").toString());

        assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCodes.OK);
        assertThat(dry.out()).contains("索引号: A0001-0000001/2013-00005", "no file written");
        assertThat(reports(site)).hasSize(1);
        CliRun real = site.cli("import", site.root().resolve("x.txt").toString());
        assertThat(real.out()).contains("索引号: A0001-0000001/2013-00005");
        assertThat(reports(site)).hasSize(2);
    }

    /** What import had to fill in is found by `check` once the editor takes `draft: true` out without fixing it. */
    @Test
    void aStandInLeftInAfterTheDraftLineIsDeletedIsACheckFinding() throws IOException {
        TestSite site = TestSite.withConfig("").file("x.txt", "教育局2013年工作要点\n\n2013年,我局完成了校安工程。\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(site.cli("import", site.root().resolve("x.txt").toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path draft = reports(site).get(0);
        String text = Files.readString(draft, StandardCharsets.UTF_8);
        Files.writeString(draft, text.replaceAll("draft: true[^\n]*\n", ""), StandardCharsets.UTF_8);

        CliRun check = site.cli("check");

        String file = site.root().relativize(draft).toString().replace('\\', '/');
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(check.out() + check.err()).contains(file + ":3:1: [stand-in] 「date: " + TODAY
                + "」 is a stand-in written by import, not read from the text");
    }
}
