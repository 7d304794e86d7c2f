package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.WordDocuments;

/**
 * {@code gongkai import} through the packaged launcher: a GBK .txt, pasted text on standard input, a .docx made
 * here (which needs POI in the shipped lib/), {@code --dry-run}, and a .pdf refused; the drafts then build.
 */
class ImportIT {

    private static final String TODAY = LocalDate.now().toString();
    private static final String PASTED = """
            第一篇:县教育和科技局2006年上半年工作总结
            2006上半年,我局紧紧围绕县委、县政府的中心工作,使各项工作得到顺
            利开展。
            一、上半年工作完成情况
            (一)、加强理论学习,推进学习型系统建设
            坚持理论学习与实践相结合。
            金秀瑶族自治县教育和科技局
            2006年6月29日
            第二篇:县局“四群”教育工作总结
            一、工作基本情况
            (一)精心研究,制定方案。在县“四群”教育工作启动后,我局制定了方案。
            """;

    private static List<Path> reports(TestSite site) {
        try (Stream<Path> walk = Files.walk(site.root().resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md") && p.toString().contains("reports")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aGbkTextFileBecomesDraftsThatBuild() {
        TestSite site = Sites.bureau().file("paste.txt", PASTED.getBytes(Charset.forName("GBK")));
        int before = reports(site).size();

        Run run = ShippedTool.gongkai(site.root(), "import", "paste.txt").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as("nothing on stderr, Log4j included").isEmpty();
        Path first = site.root().resolve("content/reports/2006/" + TODAY + "-2006-half-year-summary.md");
        assertThat(first).content(StandardCharsets.UTF_8).contains("title: \"县教育和科技局2006年上半年工作总结\"", "date: 2006-06-29",
                "使各项工作得到顺利开展。", "## 一、上半年工作完成情况", "### （一）加强理论学习，推进学习型系统建设");
        assertThat(reports(site)).hasSize(before + 2);
        assertThat(run.out()).contains("wrote content/reports/2006/" + TODAY + "-2006-half-year-summary.md", "imported 2 report(s)",
                "next: gongkai serve");

        Run build = ShippedTool.gongkai(site.root(), "build", "--drafts").assertNoTrace();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(InputFormsIT.read(site.root().resolve("site"), "reports/" + TODAY + "-2006-half-year-summary/index.html"))
                .contains("<h2 id=").contains("一、上半年工作完成情况");
    }

    @Test
    void pastedTextOnStandardInputInChinese() throws Exception {
        TestSite site = Sites.bureau();
        Path input = Files.createTempFile("gongkai-paste-", ".txt");
        Files.writeString(input, "教育局第三季度工作汇报\n\n本季度,我局重点做了以下几个方面的工作。\n");
        ProcessBuilder builder = new ProcessBuilder(ShippedTool.LAUNCHER.toString(), "import", "-")
                .directory(site.root().toFile()).redirectInput(input.toFile());
        builder.environment().remove("GONGKAI_JAVA_OPTS");
        builder.environment().put("GONGKAI_LANG", "zh");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(out + err).isZero();
        assertThat(out).contains("已写入 content/reports/", "「教育局第三季度工作汇报」（来自 -）", "期间：第三季度", "请核对：",
                "下一步：gongkai serve 预览");
        assertThat(reports(site)).anySatisfy(file -> assertThat(file).content(StandardCharsets.UTF_8)
                .contains("本季度，我局重点做了以下几个方面的工作。"));
    }

    @Test
    void aDocxMadeInWordWithNumberingATableAndAPicture() {
        byte[] docx = new WordDocuments().title("宿松县教育局2013年工作总结").numbered(0, "主要工作").numbered(1, "校安工程")
                .paragraph("**校舍改造。**", "完成12所。").table(new String[] {"学校", "面积"}, new String[] {"城关小学", "1200"})
                .picture("新建的教学楼").paragraph("宿松县教育局").paragraph("二〇一三年三月八日").bytes();
        TestSite site = Sites.bureau().file("总结.docx", docx);

        Run run = ShippedTool.gongkai(site.root(), "import", "总结.docx").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        String stem = TODAY + "-2013-annual-summary";
        assertThat(site.root().resolve("content/reports/2013/" + stem + ".md")).content(StandardCharsets.UTF_8)
                .contains("## 一、主要工作", "### （一）校安工程", "**校舍改造。**完成12所。", "| 学校 | 面积 |",
                        "![新建的教学楼](../../images/" + stem + "-1.png)", "date: 2013-03-08");
        assertThat(site.root().resolve("content/static/images/" + stem + "-1.png")).exists();
        Run build = ShippedTool.gongkai(site.root(), "build", "--drafts").assertNoTrace();
        assertThat(build.exitCode()).as(build.toString()).isZero();
    }

    @Test
    void dryRunWritesNothing() {
        TestSite site = Sites.bureau().file("paste.txt", PASTED.getBytes(StandardCharsets.UTF_8));
        List<Path> before = reports(site);

        Run run = ShippedTool.gongkai(site.root(), "import", "--dry-run", "paste.txt").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("would write content/reports/2006/" + TODAY + "-2006-half-year-summary.md", "no file written");
        assertThat(reports(site)).isEqualTo(before);
    }

    @Test
    void aPdfIsRefusedAtItsPathWithAHint() {
        TestSite site = Sites.bureau().file("报告.pdf", "%PDF-1.4\n");

        Run run = ShippedTool.gongkai(site.root(), "import", "报告.pdf").assertNoTrace();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("报告.pdf: PDF files cannot be imported").contains("  hint: import the Word document (.docx)");
    }
}
