package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * Every input form the README promises, built by the shipped launcher: the same table or report saved the
 * ways Excel, WPS and Notepad save it gives the same pages as the plain UTF-8 file.
 */
class InputFormsIT {

    private static final String[] DATA_PAGES = {"fees/index.html", "projects/index.html", "aid/index.html"};
    private static Path plain;

    @BeforeAll
    static void buildThePlainSite() {
        TestSite site = Sites.bureau();
        Run run = ShippedTool.gongkai(site.root(), "build");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        plain = site.root().resolve("site");
        assertThat(read(plain, "fees/index.html")).contains("宿松中学", "住宿费", "600.00", "宿价〔2012〕21号");
    }

    static Stream<Arguments> csvForms() {
        Charset gbk = Charset.forName("GBK");
        return Stream.of(
                Arguments.of("UTF-8 with BOM", StandardCharsets.UTF_8, true, "\n"),
                Arguments.of("GBK (Excel's 「CSV（逗号分隔）」)", gbk, false, "\n"),
                Arguments.of("UTF-8, CRLF", StandardCharsets.UTF_8, false, "\r\n"),
                Arguments.of("GBK, CRLF", gbk, false, "\r\n"),
                Arguments.of("UTF-8 with BOM, CRLF", StandardCharsets.UTF_8, true, "\r\n"));
    }

    @ParameterizedTest(name = "fees.csv as {0}")
    @MethodSource("csvForms")
    void aCsvTableSavedByAnOfficeProgramGivesTheSamePages(String form, Charset charset, boolean bom, String newline) {
        String text = String.join(newline, Sites.FEES_HEADER, Sites.FEE_ROW, Sites.FEE_ROW_2) + newline;
        byte[] body = text.getBytes(charset);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        TestSite site = Sites.bureau().file("content/data/fees.csv", bytes);

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(read(site.root().resolve("site"), "fees/index.html")).isEqualTo(read(plain, "fees/index.html"));
    }

    @ParameterizedTest(name = "the three tables as .xlsx written like {0}")
    @EnumSource(Workbooks.Style.class)
    void xlsxTablesWithNumberAndDateCellsGiveTheSamePages(Workbooks.Style style) {
        TestSite site = Sites.bureau().delete("content/data/fees.csv").delete("content/data/projects.csv")
                .delete("content/data/aid.csv")
                .file("content/data/fees.xlsx", Workbooks.fromCsv(style, Sites.FEES_HEADER, Sites.FEE_ROW, Sites.FEE_ROW_2))
                .file("content/data/projects.xlsx", Workbooks.fromCsv(style, Sites.PROJECTS_HEADER, Sites.PROJECT_ROW))
                .file("content/data/aid.xlsx", Workbooks.fromCsv(style, Sites.AID_HEADER, Sites.AID_ROW));

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as("number and date cells are Excel's own form: no warning").doesNotContain("warning");
        for (String page : DATA_PAGES) {
            assertThat(read(site.root().resolve("site"), page)).as(page).isEqualTo(read(plain, page));
        }
    }

    @Test
    void aReportSavedWithBomAndCrlfGivesTheSamePage() {
        byte[] body = Sites.REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        TestSite site = Sites.bureau().file("content/reports/2011/2011-12-30-annual-summary.md",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String page = "reports/2011-12-30-annual-summary/index.html";
        assertThat(read(site.root().resolve("site"), page)).isEqualTo(read(plain, page))
                .contains("<strong>收费管理情况。</strong>本学期");
    }

    /** The words staff type for yes: YAML's true and yes, and 是. */
    @ParameterizedTest(name = "draft: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"true", "yes", "是"})
    void aDraftStaysOutOfThePublishedSiteAndShowsWithDrafts(String yes) {
        TestSite site = Sites.bureau().file("content/reports/2012/2012-07-01-h1.md", Sites.REPORT
                .replace("2011年工作总结", "2012年上半年工作总结（草稿）").replace("date: 2011-12-30", "date: 2012-07-01")
                .replace("year: 2011", "year: 2012").replace("period: 全年", "period: 上半年")
                .replace("category: 年度总结", "category: 半年总结").replace("tags:", "draft: " + yes + "\ntags:"));

        Run published = ShippedTool.gongkai(site.root(), "build");
        assertThat(published.exitCode()).as(published.toString()).isZero();
        assertThat(Files.exists(site.root().resolve("site/reports/2012-07-01-h1"))).isFalse();
        assertThat(grep(site.root().resolve("site"), "上半年工作总结（草稿）")).isFalse();

        Run withDrafts = ShippedTool.gongkai(site.root(), "build", "--drafts");
        assertThat(withDrafts.exitCode()).as(withDrafts.toString()).isZero();
        assertThat(read(site.root().resolve("site"), "reports/2012-07-01-h1/index.html")).contains("上半年工作总结（草稿）");
    }

    /** build --portable and portable: true in site.yaml: the same site, every link to a folder ending in index.html. */
    @Test
    void thePortableSiteByOptionAndBySiteYamlKeyIsOneSite() throws IOException {
        TestSite byOption = Sites.bureau();
        Run option = ShippedTool.gongkai(byOption.root(), "build", "--portable").assertNoTrace();
        assertThat(option.exitCode()).as(option.toString()).isZero();
        TestSite byKey = Sites.bureau().file("content/site.yaml", Sites.SITE_YAML + "portable: 是\n");
        Run key = ShippedTool.gongkai(byKey.root(), "build").assertNoTrace();
        assertThat(key.exitCode()).as(key.toString()).isZero();

        Path one = byOption.root().resolve("site");
        Path two = byKey.root().resolve("site");
        String home = read(one, "index.html");
        assertThat(home).contains("href=\"reports/index.html\"", "href=\"fees/index.html\"").doesNotContain("href=\"reports/\"");
        assertThat(read(one, "404.html")).contains("href=\"./index.html\"").doesNotContain("<style>");
        try (Stream<Path> files = Files.walk(one)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(two.resolve(one.relativize(file).toString())).as(file.toString()).hasSameBinaryContentAs(file);
            }
        }
    }

    /** The search index is written by default and finds a fee row's words; {@code search: false} leaves it out. */
    @org.junit.jupiter.api.Test
    void theSearchIndexIsWrittenAndSearchFalseLeavesItOut() {
        assertThat(read(plain, "search/index.html")).contains("站内搜索", "search.js");
        assertThat(read(plain, "search/meta.js")).startsWith("gongkaiSearch.meta(");
        assertThat(grep(plain.resolve("search/d"), "宿价〔2012〕21号")).isTrue();
        assertThat(read(plain, "reports/2011-12-30-annual-summary/index.html")).contains("class=\"site-search\"");

        TestSite site = Sites.bureau().file("content/site.yaml", Sites.SITE_YAML + "search: false\n");
        Run run = ShippedTool.gongkai(site.root(), "build");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.exists(site.root().resolve("site/search"))).isFalse();
        assertThat(read(site.root().resolve("site"), "reports/2011-12-30-annual-summary/index.html")).doesNotContain("site-search");
    }

    static String read(Path site, String page) {
        try {
            return Files.readString(site.resolve(page));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + page + " of " + site, e);
        }
    }

    /** Whether any built file mentions {@code text}. */
    static boolean grep(Path site, String text) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
