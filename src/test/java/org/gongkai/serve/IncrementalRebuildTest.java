package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * The preview's incremental rebuild must leave the folder exactly as a full build of the same sources would:
 * every edit below is followed by that comparison, file by file and byte by byte.
 */
class IncrementalRebuildTest {

    private static final int REPORTS = 60;
    private static final String[] TAGS = {"学生资助", "校安工程", "收费管理"};
    private static final String[] DEPARTMENTS = {"测试县教育局", "测试县教育局基础教育股"};

    private TestSite site;
    private SiteRebuilder rebuilder;
    private Path out;
    private int firstBuildPages;

    static String report(int n, String title, String date, String extra) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4) + "\nperiod: 全年"
                + "\ncategory: " + (n % 3 == 0 ? "年度总结" : "工作汇报") + "\ndepartment: " + DEPARTMENTS[n % 2]
                + "\ntags: [" + TAGS[n % 3] + "]\n" + extra + "---\n## 一、主要工作\n\n第" + n + "篇的正文。\n";
    }

    private static String path(int n) {
        return "content/reports/" + (2010 + n % 4) + "/r" + n + ".md";
    }

    private static String date(int n) {
        return (2010 + n % 4) + "-" + String.format("%02d", 1 + n % 12) + "-" + String.format("%02d", 1 + n % 28);
    }

    @BeforeEach
    void buildOnce() {
        site = TestSite.of("-- content/site.yaml --\ntitle: 测试站\nbureau: 测试县教育局\nbase_url: https://x.example/\n");
        for (int n = 0; n < REPORTS; n++) {
            String extra = n == 7 ? "summary: 固定摘要。\n" : "";
            site.file(path(n), report(n, "报告" + n, date(n), extra));
        }
        out = site.root().resolve("preview-out/site");
        rebuilder = new SiteRebuilder(new BuildOptions(site.root(), out, true, "", false),
                BuildListener.SILENT);
        Rebuild first = rebuilder.buildAll(List.of());
        assertThat(first.failed()).isFalse();
        firstBuildPages = first.pages();
    }

    private Rebuild change(String file, String text) {
        site.file(file, text);
        return rebuildReport(file);
    }

    private Rebuild rebuildReport(String file) {
        Rebuild rebuild = rebuilder.rebuild(new ChangeSet(false, Set.of(site.root().resolve(file)), List.of(file)));
        assertThat(rebuild.full()).isFalse();
        return rebuild;
    }

    private void assertSameAsFullBuild() {
        assertSameAsFullBuild(true);
    }

    private void assertSameAsFullBuild(boolean drafts) {
        Path fresh = site.root().resolve("full-" + System.nanoTime() + "/site");
        BuiltSite full = site.build(new BuildOptions(site.root(), fresh, drafts, "", false));
        List<String> files = files(out);
        assertThat(files).isEqualTo(full.files());
        for (String file : files) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(fresh.resolve(file));
        }
    }

    private String read(String file) {
        try {
            return Files.readString(out.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bodyOnlyEditRewritesOnlyThatReport() {
        Rebuild rebuild = change(path(7), report(7, "报告7", date(7), "summary: 固定摘要。\n").replace("第7篇的正文", "新的正文"));

        // its summary is fixed, so no list shows what changed
        assertThat(rebuild.written()).containsExactly("reports/r7/index.html");
        assertThat(rebuild.pages()).isEqualTo(1);
        assertSameAsFullBuild();
    }

    @Test
    void titleEditUpdatesNeighboursListsAndFeed() {
        Rebuild rebuild = change(path(12), report(12, "报告12（修订）", date(12), ""));

        assertThat(rebuild.written()).containsExactly(
                "reports/2010/index.html", // its year
                "reports/category/annual-summary/index.html", // 年度总结
                "reports/department/025d0c8821/index.html", // 测试县教育局
                "reports/page/2/index.html", // the page of all reports it is listed on
                "reports/r12/index.html",
                "reports/r36/index.html", // 2010-01-09, the report before it (previous/next links)
                "reports/r48/index.html", // 2010-01-21, the report after it
                "reports/tag/d61e465619/index.html", // 学生资助
                // the 政府信息公开目录 (whole, and its year) and the 法定主动公开内容 list it by title
                "xxgk/catalog/2010/index.html", "xxgk/catalog/index.html", "xxgk/statutory/index.html",
                "years/2010/index.html"); // the year's summary (the list of years shows no titles)
        assertThat(rebuild.pages()).isEqualTo(rebuild.written().size()).isLessThan(firstBuildPages);
        assertSameAsFullBuild();
    }

    @Test
    void titleEditOfAYearsNewestReportUpdatesTheRelatedListsOfThatYear() {
        change("content/reports/2011/top.md", report(1, "年度最新", "2011-12-31", ""));
        assertSameAsFullBuild();

        Rebuild rebuild = change("content/reports/2011/top.md", report(1, "年度最新（修订）", "2011-12-31", ""));

        List<String> reportsOf2011 = IntStream.range(0, REPORTS).filter(n -> 2010 + n % 4 == 2011)
                .mapToObj(n -> "reports/r" + n + "/index.html").toList();
        assertThat(rebuild.written()).as("every 2011 report lists it as related").containsAll(reportsOf2011)
                .contains("reports/top/index.html", "reports/r2/index.html") // r2 (2012-03-03) is the next report
                .doesNotContain("reports/r0/index.html", "reports/r4/index.html"); // 2010 reports
        assertSameAsFullBuild();
    }

    @Test
    void dateMovedAcrossListPagesAndYears() {
        change(path(3), report(3, "报告3", "2009-01-01", ""));
        assertSameAsFullBuild();
        change(path(3), report(3, "报告3", "2014-12-31", ""));
        assertSameAsFullBuild();
    }

    @Test
    void categoryDepartmentAndTagChanges() {
        change(path(4), report(4, "报告4", date(4), "").replace("category: 工作汇报", "category: 工作要点")
                .replace("tags: [学生资助]", "tags: [新标签, 校安工程]"));
        assertSameAsFullBuild();
        change(path(5), report(5, "报告5", date(5), "").replace("department: 测试县教育局基础教育股", "department: 新单位"));
        assertSameAsFullBuild();
    }

    @Test
    void addedDeletedAndAliasedReports() {
        change("content/reports/2015/new.md", report(100, "新报告", "2015-02-02", "aliases: [/old/new.html]\n"));
        assertSameAsFullBuild();
        change(path(9), report(9, "报告9", date(9), "aliases: [/xxgk/9.html]\n"));
        assertSameAsFullBuild();
        change(path(9), report(9, "报告9", date(9), ""));
        assertSameAsFullBuild();

        site.delete("content/reports/2015/new.md");
        rebuildReport("content/reports/2015/new.md");
        assertSameAsFullBuild();
        site.delete(path(0));
        site.delete(path(1));
        rebuildReport(path(0));
        rebuildReport(path(1));
        assertSameAsFullBuild();
    }

    @Test
    void draftsComeAndGoWhenDraftsAreHidden() {
        rebuilder = new SiteRebuilder(new BuildOptions(site.root(), out, false, "", false),
                BuildListener.SILENT);
        rebuilder.buildAll(List.of());

        change(path(20), report(20, "报告20", date(20), "draft: true\n"));
        assertThat(out.resolve("reports/r20/index.html")).doesNotExist();
        assertSameAsFullBuild(false);
        change(path(20), report(20, "报告20", date(20), ""));
        assertThat(out.resolve("reports/r20/index.html")).exists();
        assertSameAsFullBuild(false);
    }

    @Test
    void brokenEditKeepsTheLastGoodPageUntilFixed() {
        String good = report(10, "报告10", date(10), "");
        Rebuild broken = change(path(10), good.replace("period: 全年", "period: 全学年"));

        assertThat(broken.failed()).isTrue();
        assertThat(broken.pages()).isZero();
        assertThat(rebuilder.problems()).singleElement().satisfies(p -> assertThat(p.position().file()).isEqualTo(path(10)));
        site.file(path(10), good);
        assertSameAsFullBuild();

        // as a build would, the preview publishes nothing while a file has errors: another report's edit waits, and
        // goes through with the fix
        change(path(10), good.replace("period: 全年", "period: 全学年"));
        Rebuild other = change(path(11), report(11, "报告11（修订）", date(11), ""));
        assertThat(other.failed()).isTrue();
        assertThat(other.written()).isEmpty();
        assertThat(read("reports/r11/index.html")).doesNotContain("报告11（修订）");

        Rebuild fixed = change(path(10), good);
        assertThat(fixed.failed()).isFalse();
        assertThat(fixed.written()).contains("reports/r11/index.html");
        assertThat(read("reports/r11/index.html")).contains("报告11（修订）");
        assertThat(rebuilder.problems()).isEmpty();
        assertSameAsFullBuild();
    }

    @Test
    void duplicateFileNameIsAnErrorAndNothingIsWritten() {
        Rebuild rebuild = change("content/reports/2020/r1.md", report(1, "同名", "2020-01-01", ""));

        assertThat(rebuild.failed()).isTrue();
        assertThat(rebuilder.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("two reports have the slug 「r1」"));
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
