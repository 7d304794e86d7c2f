package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.build.BuildOptions;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

class NewCommandTest {

    private static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void newSiteBuildsAsItIs() throws IOException {
        Path dir = Files.createTempDirectory("gongkai-new-").resolve("mysite");

        CliRun created = CliRun.run("new", "site", dir.toString(), "--bureau", "宿松县教育局");
        assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
        assertThat(created.out()).contains("created " + dir.resolve("content/site.yaml").toString().replace('\\', '/'));
        assertThat(dir.resolve("content/data/fees.csv")).content(StandardCharsets.UTF_8)
                .startsWith("school,stage,school_year,term,item,fee_type,amount,unit,status,");
        assertThat(dir.resolve("content/data/projects.csv")).exists();
        assertThat(dir.resolve("content/data/aid.csv")).exists();

        CliRun build = CliRun.run("build", "--source", dir.toString());
        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
        BuiltSite site = new BuiltSite(dir.resolve("site"), null);
        assertThat(site.page("index.html").selectFirst(".site-title").text()).isEqualTo("宿松县教育局信息公开");
        assertThat(site.page("pages/guide/index.html").selectFirst("h1").text()).isEqualTo("信息公开指南");
        // weight: 1 puts the guide first, though 关于我们 (guān) comes before it by title
        assertThat(site.page("index.html").select("footer .footer-links a").eachText()).containsExactly("信息公开指南", "关于我们");
        assertThat(site.files()).anySatisfy(f -> assertThat(f).matches("reports/\\d{4}-\\d{2}-\\d{2}-\\d{4}-work-points/index.html"));
    }

    @Test
    void newSiteRefusesAFolderWithASite() throws IOException {
        TestSite site = TestSite.withConfig("");
        String before = Files.readString(site.root().resolve("content/site.yaml"));

        CliRun run = CliRun.run("new", "site", site.root().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("this folder holds a site already").contains("  hint: ");
        assertThat(site.root().resolve("content/site.yaml")).hasContent(before);
    }

    @Test
    void newReportIsADraftWithItsFrontMatterFilledThatBuilds() {
        TestSite site = TestSite.withConfig("");

        CliRun run = site.cli("new", "report", "宿松县教育局2014年上半年工作总结");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<Path> files = markdownFiles(site.root().resolve("content/reports"));
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(site.root().relativize(file).toString().replace('\\', '/'))
                    .matches("content/reports/2014/\\d{4}-\\d{2}-\\d{2}-2014-half-year-summary\\.md");
            assertThat(file).content(StandardCharsets.UTF_8).contains(
                    "title: \"宿松县教育局2014年上半年工作总结\"\n", "year: 2014\n", "period: 上半年\n",
                    "category: 半年总结\n", "department: \"测试县教育局\"\n", "draft: true\n");
        });
        assertThat(run.out()).contains("category: 半年总结").contains("draft: true");

        BuiltSite built = site.build(site.options().withDrafts(true));
        String slug = files.get(0).getFileName().toString().replace(".md", "");
        Document page = built.page("reports/" + slug + "/index.html");
        assertThat(page.select("h1 .badge-draft").text()).isEqualTo("草稿");
        assertThat(site.build().exists("reports/" + slug + "/index.html")).as("drafts stay out of a normal build").isFalse();
    }

    @Test
    void newReportTakesTheGivenValuesAndSlug() {
        TestSite site = TestSite.withConfig("");

        CliRun run = site.cli("new", "report", "关于“双减”的专项报告", "--category", "专项汇报", "--period", "秋季学期",
                "--year", "2021", "--department", "基础教育股", "--slug", "shuangjian");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path file = markdownFiles(site.root().resolve("content/reports")).get(0);
        assertThat(file.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-shuangjian\\.md");
        assertThat(file).content(StandardCharsets.UTF_8).contains("title: \"关于“双减”的专项报告\"\n", "category: 专项汇报\n",
                "period: 秋季学期\n", "year: 2021\n", "department: \"基础教育股\"\n");
        assertThat(site.build(site.options().withDrafts(true)).result().pages()).isPositive();
    }

    @Test
    void newReportNeverOverwrites() throws IOException {
        TestSite site = TestSite.withConfig("");
        assertThat(site.cli("new", "report", "2014年工作总结", "--slug", "2014-01-01-summary").exitCode()).isEqualTo(ExitCodes.OK);
        Path file = site.root().resolve("content/reports/2014/2014-01-01-summary.md");
        Files.writeString(file, "edited by the editor");

        CliRun again = site.cli("new", "report", "2014年工作总结", "--slug", "2014-01-01-summary");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("exists already").contains("  hint: choose another --slug");
        assertThat(file).hasContent("edited by the editor");

        // without --slug a free name is chosen instead
        assertThat(site.cli("new", "report", "2014年工作总结").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(site.cli("new", "report", "2014年工作总结").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(markdownFiles(site.root().resolve("content/reports"))).hasSize(3)
                .anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith("-2014-annual-summary-2.md"));
    }

    @Test
    void newReportRejectsUnknownValuesAsUsageErrors() {
        TestSite site = TestSite.withConfig("");

        CliRun category = site.cli("new", "report", "报告", "--category", "年终总结");
        assertThat(category.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(category.err()).contains("「年终总结」 is not a category; use one of: 年度总结、半年总结");
        assertThat(site.cli("new", "report", "报告", "--slug", "工作总结").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(site.cli("new", "report", "报告", "--year", "14").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(markdownFiles(site.root().resolve("content"))).isEmpty();
    }

    @Test
    void aSiteThatCannotBeWrittenIsAProblemAndLeavesNoFile() throws IOException {
        Path dir = Files.createTempDirectory("gongkai-new-");
        Files.writeString(dir.resolve("afile"), "不是文件夹");

        CliRun run = CliRun.run("new", "site", dir.resolve("afile/我的站点").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("content/site.yaml: cannot write this file: a part of the path is a file, not a folder")
                .contains("hint: no file was created").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("afile"))).isEqualTo("不是文件夹");
    }

    @Test
    void newReportOutsideASiteSaysHowToMakeOne() throws IOException {
        Path empty = Files.createTempDirectory("gongkai-empty-");

        CliRun run = CliRun.run("new", "report", "报告", "--source", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("there is no site here").contains("gongkai new site DIR");
    }

    @Test
    void newPageUsesAKnownNameOrTheSlugAndNeverOverwrites() {
        TestSite site = TestSite.withConfig("");

        assertThat(site.cli("new", "page", "信息公开指南").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(site.root().resolve("content/pages/guide.md")).content(StandardCharsets.UTF_8).startsWith("---\ntitle: \"信息公开指南\"\n---\n");
        assertThat(site.cli("new", "page", "信息公开指南").exitCode()).as("a free name: guide-2").isEqualTo(ExitCodes.OK);
        assertThat(site.root().resolve("content/pages/guide-2.md")).exists();
        assertThat(site.cli("new", "page", "收费公示说明", "--slug", "fees-note").exitCode()).isEqualTo(ExitCodes.OK);

        CliRun clash = site.cli("new", "page", "另一个", "--slug", "fees-note");
        assertThat(clash.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(clash.err()).contains("content/pages/fees-note.md: this file exists already");
        assertThat(site.build(new BuildOptions(site.root(), null, false, "", false)).page("pages/fees-note/index.html")
                .selectFirst("h1").text()).isEqualTo("收费公示说明");
    }

    @Test
    void newWithoutAKindIsAUsageError() {
        assertThat(CliRun.run("new").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
