package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** What a query finds in the index a build writes (issue 16): reports, free pages, data pages and table rows. */
class SearchIndexTest {

    private static BuiltSite site;
    private static IndexFiles index;

    private static String report(String slug, String date, String title, String body) {
        return "-- content/reports/" + slug + ".md --\n---\ntitle: " + title + "\ndate: " + date + "\nyear: "
                + date.substring(0, 4) + "\nperiod: 全年\ncategory: 年度总结\ndepartment: 宿松县教育局\n---\n" + body + "\n";
    }

    private static String sources() {
        return (
                report("r2011", "2011-12-30", "宿松县教育局2011年工作总结",
                        "## 一、校安工程\n\n全县**校安工程**完成投资 4765 万元，[详见](https://example.com/xiaoan) 附表。")
                        + report("r2012", "2012-12-30", "宿松县教育局2012年校安工程专项总结", "校安工程收尾。校安工程验收。")
                        + report("r2013", "2013-12-30", "宿松县教育局2013年工作总结",
                        "校安工程继续推进，校安工程全部完成，校安工程验收合格。")
                        + "-- content/pages/guide.md --\n---\ntitle: 信息公开指南\n---\n依申请公开的办理程序。\n"
                        + file("fees.csv", FEES_HEADER, FEE,
                        with(with(with(FEE, 5, "作业本费"), 7, "0.00"), 9, "免收"))
                        + file("projects.csv", PROJECTS_HEADER, PROJECT)
                        + file("aid.csv", AID_HEADER, AID));
    }

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.withConfig(sources()).build();
        index = IndexFiles.read(site.dir());
    }

    @Test
    void aWordOfTheBodyFindsTheReportsTitleMatchesFirstThenTheMostFrequentThenTheNewest() {
        assertThat(index.query("校安工程")).containsExactly(
                "reports/r2012/ 宿松县教育局2012年校安工程专项总结",
                "reports/r2013/ 宿松县教育局2013年工作总结",
                "reports/r2011/ 宿松县教育局2011年工作总结");
    }

    @Test
    void feeRowsAreFoundByItemStatusSchoolAndDocumentNumber() {
        assertThat(index.query("住宿费")).containsExactly("fees/2012-2013/ 宿松中学（普通高中）2012—2013学年住宿费");
        assertThat(index.query("免收")).containsExactly("fees/2012-2013/ 宿松中学（普通高中）2012—2013学年作业本费");
        assertThat(index.query("宿价〔2012〕21号")).hasSize(2).allMatch(hit -> hit.startsWith("fees/2012-2013/ 宿松中学"));
        assertThat(index.query("宿松中学")).hasSize(2);
    }

    @Test
    void aFigureFindsTheReportThatStatesItAndLinkAddressesAreNotIndexed() {
        assertThat(index.query("4765")).containsExactly("reports/r2011/ 宿松县教育局2011年工作总结");
        assertThat(index.query("xiaoan")).isEmpty();
        assertThat(index.query("example")).isEmpty();
    }

    @Test
    void projectAidRowsPagesAndDataPagesAreFound() {
        assertThat(index.query("标准化")).containsExactly("projects/ 学校标准化建设（2012年）");
        assertThat(index.query("助学金")).containsExactly("aid/ 成都市武侯区2012年高中助学金补助（普通高中）");
        assertThat(index.query("办理程序")).containsExactly("pages/guide/ 信息公开指南");
        assertThat(index.query("收费公示")).contains("fees/ 收费公示", "fees/2012-2013/ 2012—2013学年收费公示");
        assertThat(index.query("年度汇总")).contains("years/2012/ 2012年年度汇总");
    }

    @Test
    void aSingleCharacterWorksAndAWordThatIsNowhereFindsNothing() {
        assertThat(index.query("免")).containsExactly("fees/2012-2013/ 宿松中学（普通高中）2012—2013学年作业本费");
        // both words in each, 验收 once in each and in neither title: the newest first
        assertThat(index.query("校安 验收")).containsExactly("reports/r2013/ 宿松县教育局2013年工作总结",
                "reports/r2012/ 宿松县教育局2012年校安工程专项总结");
        assertThat(index.query("火星")).isEmpty();
    }

    @Test
    void theSearchPageAndTheHeaderFieldAreThere() {
        var page = site.page("search/index.html");
        assertThat(page.selectFirst("label[for=search-q]")).isNotNull();
        assertThat(page.selectFirst("#search-status").attr("aria-live")).isEqualTo("polite");
        assertThat(page.select("script").eachAttr("src")).contains("../assets/js/search.js");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("../assets/css/search.css");
        assertThat(page.select("#search-nojs a").eachAttr("href")).contains("../reports/", "../xxgk/", "../xxgk/catalog/", "../fees/");
        assertThat(page.selectFirst("form.site-search")).as("no second field on the search page").isNull();
        var report = site.page("reports/r2011/index.html");
        assertThat(report.selectFirst("form.site-search").attr("action")).isEqualTo("../../search/index.html");
        assertThat(report.selectFirst("label[for=site-search-q]").text()).isEqualTo("站内搜索");
        assertThat(site.exists("assets/js/search.js")).isTrue();
    }

    @Test
    void searchFalseWritesNoIndexAndNoField() {
        BuiltSite off = TestSite.of(TestSite.SITE_YAML + "search: false\n"
                + report("r2011", "2011-12-30", "宿松县教育局2011年工作总结", "校安工程。")).build();
        assertThat(off.exists("search/index.html")).isFalse();
        assertThat(off.files()).noneMatch(f -> f.startsWith("search/"));
        assertThat(off.page("reports/r2011/index.html").selectFirst("form.site-search")).isNull();
    }

    @Test
    void theSameInputWritesTheSameIndex() {
        BuiltSite again = TestSite.withConfig(sources()).build();
        List<String> files = site.files().stream().filter(f -> f.startsWith("search/")).toList();
        assertThat(files).hasSizeGreaterThan(3);
        assertThat(again.files().stream().filter(f -> f.startsWith("search/")).toList()).isEqualTo(files);
        for (String f : files) {
            assertThat(again.bytes(f)).as(f).isEqualTo(site.bytes(f));
        }
    }
}
