package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

class ReportPageIntegrationTest {

    private static final String TWO_REPORTS = """
            -- content/reports/2011/2011-annual.md --
            ---
            title: 宿松县教育局2011年工作总结
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 宿松县教育局
            tags: [学生资助, 校安工程]
            summary: 一年的工作。
            ---
            ## 一、主要工作

            ### （一）校安工程

            完成加固类项目69个。

            ### （二）学生资助

            | 资助项目 | 人数 | 金额（万元） |
            |---|---:|---:|
            | 国家助学金 | 2795 | 200 |

            ## 二、存在的问题

            问题。
            -- content/reports/2012/2012-plan.md --
            ---
            title: 宿松县教育局2012年工作要点
            date: 2012-02-01
            year: 2012
            period: 全年
            category: 工作要点
            department: 宿松县教育局
            ---
            正文。
            """;

    @Test
    void reportPageShowsTitleMetadataAndHeadings() {
        BuiltSite site = TestSite.withConfig(TWO_REPORTS).build();

        Document page = site.page("reports/2011-annual/index.html");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("宿松县教育局2011年工作总结");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("time").attr("datetime")).isEqualTo("2011-12-30");
        assertThat(page.selectFirst("time").text()).isEqualTo("2011年12月30日");
        assertThat(page.select(".report-meta dd").eachText())
                .contains("宿松县教育局", "2011年", "全年", "年度总结");
        assertThat(page.select(".report-body h2").eachText()).containsExactly("一、主要工作", "二、存在的问题");
        assertThat(page.select(".tags a").eachText()).containsExactly("学生资助", "校安工程");
    }

    @Test
    void tableOfContentsLinksToEveryNumberedHeading() {
        Document page = TestSite.withConfig(TWO_REPORTS).build().page("reports/2011-annual/index.html");

        assertThat(page.select("nav.toc > ol > li > a").eachText()).containsExactly("一、主要工作", "二、存在的问题");
        assertThat(page.select("nav.toc ol ol a").eachText()).containsExactly("（一）校安工程", "（二）学生资助");
        for (var link : page.select("nav.toc a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
    }

    @Test
    void gfmTablesHaveHeaderCellsWithScopeAndRightAlignedNumbers() {
        Document page = TestSite.withConfig(TWO_REPORTS).build().page("reports/2011-annual/index.html");

        var table = page.selectFirst(".report-body .table-scroll table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("资助项目", "人数", "金额（万元）");
        assertThat(table.select("tbody td.num").eachText()).containsExactly("2795", "200");
        assertThat(table.select("[align]")).isEmpty();
    }

    @Test
    void previousAndNextLinkNeighboursByDate() {
        BuiltSite site = TestSite.withConfig(TWO_REPORTS).build();

        Document older = site.page("reports/2011-annual/index.html");
        assertThat(older.select(".prev-next a").eachAttr("href")).containsExactly("../../reports/2012-plan/");
        Document newer = site.page("reports/2012-plan/index.html");
        assertThat(newer.select(".prev-next a").eachText()).containsExactly("宿松县教育局2011年工作总结");
    }

    @Test
    void listsByYearCategoryAndDepartmentExist() {
        BuiltSite site = TestSite.withConfig(TWO_REPORTS).build();

        assertThat(site.page("reports/index.html").select(".entry-title a").eachText())
                .containsExactly("宿松县教育局2012年工作要点", "宿松县教育局2011年工作总结");
        assertThat(site.page("reports/2011/index.html").select(".entry-title a").eachText())
                .containsExactly("宿松县教育局2011年工作总结");
        assertThat(site.page("reports/category/work-points/index.html").select("h1").text()).isEqualTo("类别：工作要点");
        Document byYear = site.page("reports/2011/index.html");
        assertThat(byYear.select(".filters a").eachText()).contains("2012年", "2011年", "年度总结", "宿松县教育局");
    }

    @Test
    void homePageLinksToLatestReportsAndEverySection() {
        Document home = TestSite.withConfig(TWO_REPORTS).build().page("index.html");

        assertThat(home.select("h1").text()).isEqualTo("测试县教育局信息公开");
        assertThat(home.select("#latest ~ ol .entry-title a").eachAttr("href"))
                .containsExactly("reports/2012-plan/", "reports/2011-annual/");
        assertThat(home.select("nav.site-nav a").eachText()).contains("首页", "工作报告");
        assertThat(home.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(home.getElementById("main")).isNotNull();
    }

    @Test
    void everyInternalLinkIsRelative() {
        BuiltSite site = TestSite.withConfig(TWO_REPORTS).build();

        for (String path : site.files()) {
            if (!path.endsWith(".html") || path.equals("404.html")) {
                continue;
            }
            for (String href : site.page(path).select("a[href], link[href]").eachAttr("href")) {
                assertThat(href).as(path).doesNotStartWith("/");
            }
        }
    }
}
