package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problems;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;
import org.gongkai.testing.WordDocuments;

/** .docx fixtures made with POI: headings by style, by automatic numbering, bold runs, a table, pictures. */
class DocxImportTest {

    private static Draft draft(WordDocuments word) {
        Problems problems = new Problems();
        List<Draft> drafts = DocxImport.read(word.bytes(), "报告", "报告.docx", problems).orElseThrow();
        assertThat(problems.list()).isEmpty();
        return drafts.get(0);
    }

    @Test
    void headingStylesMakeTheOutline() {
        Draft draft = draft(new WordDocuments().title("宿松县教育局2013年上半年工作总结")
                .paragraph("2013年上半年，我局做了以下工作。")
                .heading(1, "一、主要工作").heading(2, "(一)校安工程").paragraph("完成校舍改造12所。")
                .heading(1, "二、存在的问题").paragraph("经费不足。"));
        assertThat(draft.title()).isEqualTo("宿松县教育局2013年上半年工作总结");
        assertThat(draft.outline()).containsExactly("## 一、主要工作", "### （一）校安工程", "## 二、存在的问题");
    }

    @Test
    void automaticNumberingThatIsNotInTheTextMakesTheOutline() {
        Draft draft = draft(new WordDocuments().title("宿松县教育局2013年工作总结")
                .numbered(0, "主要工作").numbered(1, "校安工程").numbered(2, "完成校舍改造12所。").numbered(2, "新建食堂3个。")
                .numbered(1, "学生资助").numbered(0, "存在的问题"));
        assertThat(draft.outline()).containsExactly("## 一、主要工作", "### （一）校安工程", "### （二）学生资助", "## 二、存在的问题");
        assertThat(MarkdownBody.of(draft.blocks())).contains("1. 完成校舍改造12所。\n2. 新建食堂3个。");
    }

    @Test
    void boldRunsStayBoldAndTablesBecomeGfmTables() {
        Draft draft = draft(new WordDocuments().title("标题")
                .paragraph("**收费管理情况。**", "本学期严格执行收费标准。")
                .table(new String[] {"学校", "学生数"}, new String[] {"城关小学", "1,200"}));
        String body = MarkdownBody.of(draft.blocks());
        assertThat(body).contains("**收费管理情况。**本学期严格执行收费标准。")
                .contains("| 学校 | 学生数 |\n| --- | --- |\n| 城关小学 | 1,200 |");
    }

    @Test
    void aDamagedFileIsAnErrorAtItsPath() {
        Problems problems = new Problems();
        assertThat(DocxImport.read("not a zip".getBytes(StandardCharsets.UTF_8), "x", "x.docx", problems)).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.position().file()).isEqualTo("x.docx");
            assertThat(p.message()).startsWith("this Word document cannot be opened");
        });
    }

    @Test
    void picturesAreSavedUnderStaticAndLinkedWithTheirAltText() throws Exception {
        byte[] docx = new WordDocuments().title("宿松县教育局2013年工作总结").heading(1, "一、校安工程")
                .paragraph("新建教学楼一栋。").picture("城关小学新建的教学楼").picture("")
                .paragraph("宿松县教育局").paragraph("二〇一三年三月八日").bytes();
        TestSite site = TestSite.withConfig("").file("报告.docx", docx);

        CliRun run = site.cli("import", site.root().resolve("报告.docx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String stem = LocalDate.now() + "-2013-annual-summary";
        Path report = site.root().resolve("content/reports/2013/" + stem + ".md");
        assertThat(report).content(StandardCharsets.UTF_8).contains("date: 2013-03-08", "department: \"宿松县教育局\"",
                "![城关小学新建的教学楼](../../images/" + stem + "-1.png)", "![](../../images/" + stem + "-2.png)");
        assertThat(Files.readAllBytes(site.root().resolve("content/static/images/" + stem + "-1.png"))).isEqualTo(WordDocuments.png());
        assertThat(run.out()).contains("saved the picture content/static/images/" + stem + "-1.png",
                "1 picture(s) without a description");

        BuiltSite built = site.build(site.options().withDrafts(true));
        Document page = built.page("reports/" + stem + "/index.html");
        assertThat(page.select(".report-body img").eachAttr("alt")).containsExactly("城关小学新建的教学楼", "");
        assertThat(built.files()).contains("images/" + stem + "-1.png");
    }
}
