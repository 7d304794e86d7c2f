package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Issue 14: the 政府信息公开 column xxgk/ with its sub-columns and the 指南 from site.yaml's guide:. */
class XxgkColumnTest {

    private static final String CONTACTS = """
            contacts:
              address: 测试县城关镇1号
              phone: "0556-1001000"
              email: xxgk@example.gov.cn
            """;

    /** The column's pages are written on every build: a static file or an alias there would overwrite one unseen. */
    @Test
    void aStaticFileOrAnAliasCannotTakeTheColumnsPages() {
        String report = "-- content/reports/a.md --\n---\ntitle: 报告\ndate: 2012-12-28\nyear: 2012\nperiod: 全年\n"
                + "category: 年度总结\ndepartment: 测试县教育局\naliases: [/xxgk/apply/, /xxgk/annual-reports/index.html]\n---\n正文。\n";
        List<String> errors = TestSite.withConfig("-- content/static/xxgk/guide/index.html --\n<p>旧指南</p>\n"
                        + "-- content/static/xxgk/rules/index.html --\n<p>旧制度</p>\n" + report)
                .buildExpectingFailure().problems().stream().map(Problem::format).toList();

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/static/xxgk/guide/index.html: this static file has"
                + " the same address as a generated page"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/static/xxgk/rules/index.html: this static file has"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(
                "content/reports/a.md: alias 「xxgk/apply/index.html」 is already the address of a generated page"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith(
                "content/reports/a.md: alias 「xxgk/annual-reports/index.html」 is already the address of a generated page"));
    }

    @Test
    void columnListsTheStandardSubColumnsAndIsInTheNavigation() {
        BuiltSite built = TestSite.withConfig("").build();
        Document page = built.page("xxgk/index.html");

        assertThat(page.select("ul.xxgk-columns > li").eachText()).extracting(t -> t.split(" ")[0]).containsExactly(
                "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开", "政府信息公开目录");
        assertThat(page.select("ul.xxgk-columns a").eachAttr("href")).containsExactly("../xxgk/guide/", "../xxgk/rules/",
                "../xxgk/statutory/", "../xxgk/annual-reports/", "../xxgk/apply/", "../xxgk/catalog/");
        for (String path : List.of("xxgk/guide/index.html", "xxgk/rules/index.html", "xxgk/statutory/index.html",
                "xxgk/annual-reports/index.html", "xxgk/apply/index.html", "xxgk/catalog/index.html")) {
            assertThat(built.exists(path)).as(path).isTrue();
        }
        assertThat(built.page("index.html").select("nav.site-nav a").eachText()).contains("政府信息公开");
        assertThat(page.select("nav.site-nav a[aria-current]").text()).isEqualTo("政府信息公开");
        assertThat(built.page("xxgk/annual-reports/index.html").select("main p").eachText()).contains("暂无年度报告。");
    }

    @Test
    void guideWithoutGuideKeyTakesTheContactsAndTheDefaultWording() {
        BuiltSite built = TestSite.of(TestSite.SITE_YAML + CONTACTS).build();
        Document guide = built.page("xxgk/guide/index.html");

        assertThat(guide.select("dl.guide-facts dt").eachText()).containsExactly("工作机构", "办公地址", "联系电话", "电子邮箱");
        assertThat(guide.select("dl.guide-facts dd").eachText()).containsExactly("测试县教育局", "测试县城关镇1号", "0556-1001000",
                "xxgk@example.gov.cn");
        assertThat(guide.select("#fee ~ .report-body").text()).contains("国办函〔2020〕109号", "信息处理费");
        assertThat(guide.select("#procedure ~ .report-body li")).hasSize(4);
        assertThat(guide.select("a[download]")).isEmpty();
        assertThat(guide.select("main a").eachText()).doesNotContain("信息公开指南");
    }

    @Test
    void guideLinksTheFreePageGuideAsItsFullText() {
        BuiltSite built = TestSite.withConfig("-- content/pages/guide.md --\n---\ntitle: 信息公开指南\n---\n\n全文。\n").build();
        assertThat(built.page("xxgk/guide/index.html").select("main a:contains(信息公开指南)").attr("href"))
                .isEqualTo("../../pages/guide/");
    }

    @Test
    void guideKeysOverrideTheContactsAndLinkTheForm() {
        BuiltSite built = TestSite.of(TestSite.SITE_YAML + CONTACTS + """
                guide:
                  office: 测试县教育局办公室
                  phone: "0556-1002000"
                  hours: 工作日 8:00—12:00
                  fax: "0556-1002001"
                  postcode: "246500"
                  fee: 本机关不收取信息处理费。
                  form: files/apply.docx
                -- content/static/files/apply.docx --
                form
                """).build();
        Document guide = built.page("xxgk/guide/index.html");

        assertThat(guide.select("dl.guide-facts dd").eachText()).containsExactly("测试县教育局办公室", "测试县城关镇1号", "工作日 8:00—12:00",
                "0556-1002000", "0556-1002001", "xxgk@example.gov.cn", "246500");
        assertThat(guide.select("#fee ~ .report-body").text()).isEqualTo("本机关不收取信息处理费。");
        assertThat(guide.select("a[download]").attr("href")).isEqualTo("../../files/apply.docx");
        Document apply = built.page("xxgk/apply/index.html");
        assertThat(apply.select("main a").eachAttr("href")).contains("../../xxgk/guide/#procedure", "../../files/apply.docx");
    }

    @Test
    void aFormThatIsNotAStaticFileAndAnUnknownGuideKeyAreErrors() {
        List<String> errors = TestSite.of(TestSite.SITE_YAML + "guide:\n  form: files/none.docx\n  adress: 城关镇\n")
                .buildExpectingFailure().problems().stream().filter(Problem::isError).map(AnnualReportTest::firstLine).toList();
        assertThat(errors).containsExactly(
                "content/site.yaml:4:9: the application form 「files/none.docx」 is not a file under content/static/",
                "content/site.yaml:5:3: unknown key `adress` in guide (site.yaml)");
    }
}
