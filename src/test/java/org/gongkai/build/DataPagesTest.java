package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** The pages made from the data tables, asserted on the built HTML (issue 4). */
class DataPagesTest {

    private static final String REPORT_2012 = """
            -- content/reports/2012-report.md --
            ---
            title: 杜集区教育局2012年工作总结
            date: 2012-12-30
            year: 2012
            period: 全年
            category: 年度总结
            department: 淮北市杜集区教育局
            ---
            正文。
            """;

    private static String fee(String year, String item, String amount, String status) {
        int start = Integer.parseInt(year.substring(0, 4));
        return with(with(with(with(with(with(FEE, 3, year), 5, item), 7, amount), 9, status), 11, start + "-09-01"),
                12, (start + 1) + "-08-31");
    }

    @Test
    void feesPageShowsTheLatestSchoolYearInTheDataAndEverySchoolYearHasItsPage() {
        BuiltSite site = TestSite.withConfig(file("fees.csv", FEES_HEADER, fee("2010-2011", "住宿费", "180.00", "收取"),
                fee("2011-2012", "住宿费", "200.00", "收取"))).build();

        assertThat(site.page("fees/index.html").selectFirst("h1").text()).isEqualTo("2011—2012学年收费公示");
        assertThat(site.page("fees/2010-2011/index.html").selectFirst("h1").text()).isEqualTo("2010—2011学年收费公示");
        assertThat(site.page("fees/index.html").select(".school-years a").eachText())
                .containsExactly("2011—2012学年", "2010—2011学年");
        assertThat(site.page("fees/index.html").select(".school-years a[aria-current]").text()).isEqualTo("2011—2012学年");
    }

    @Test
    void changedStandardIsMarkedWithTheOldValueAndExemptItemsAreListed() {
        BuiltSite site = TestSite.withConfig(file("fees.csv", FEES_HEADER,
                fee("2011-2012", "住宿费", "200.00", "收取"), fee("2011-2012", "学费", "800.00", "收取"),
                fee("2012-2013", "住宿费", "240.00", "收取"), fee("2012-2013", "学费", "800.00", "收取"),
                fee("2012-2013", "军训费", "0.00", "免收"))).build();

        Document page = site.page("fees/2012-2013/index.html");
        Element changed = page.selectFirst("table.fees tr.changed");
        assertThat(changed.selectFirst("th").text()).isEqualTo("住宿费");
        assertThat(changed.selectFirst("td.amount").text()).isEqualTo("240.00 上学年 200.00 调整");
        assertThat(changed.select("td.amount del").text()).isEqualTo("200.00");
        assertThat(page.select("table.fees tr.changed")).hasSize(1);
        Element exempt = page.selectFirst("table.fees tr.exempt");
        assertThat(exempt.selectFirst("th").text()).isEqualTo("军训费");
        assertThat(exempt.select("td.amount").text()).isEqualTo("0.00 新增");
        assertThat(exempt.select("td.status").text()).isEqualTo("免收");
        assertThat(page.select(".data-summary").text()).isEqualTo("1所学校，3个收费项目，其中免收1项，标准较上学年调整1项。");
        assertThat(site.page("fees/2011-2012/index.html").select("table.fees tr.changed")).isEmpty();
    }

    @Test
    void feesAreGroupedByStageThenSchoolWithVoluntaryMarkedAndTheBasis() {
        String primary = with(with(with(FEE, 1, "宿松县实验小学"), 2, "小学"), 5, "学生意外伤害保险费");
        BuiltSite site = TestSite.withConfig(file("fees.csv", FEES_HEADER, FEE,
                with(with(with(primary, 7, "30.00"), 8, "元/生·年"), 10, "是"))).build();

        Document page = site.page("fees/index.html");
        assertThat(page.select(".fee-stage > h2").eachText()).containsExactly("小学", "普通高中");
        assertThat(page.select(".fee-school h3").eachText()).containsExactly("宿松县实验小学", "宿松中学");
        Element voluntary = page.selectFirst("section[aria-labelledby=stage-primary] table.fees tbody tr");
        assertThat(voluntary.select(".badge-voluntary").text()).isEqualTo("自愿");
        assertThat(voluntary.select("td.voluntary").text()).isEqualTo("是（须家长自愿）");
        Element row = page.selectFirst("section[aria-labelledby=stage-senior] table.fees tbody tr");
        assertThat(row.text()).contains("行政事业性收费", "元/生·学期", "《关于宿松中学收费标准的批复》", "宿价〔2012〕21号",
                "宿松县物价局", "2012年9月1日至2013年8月31日", "仅向住校生收取");
    }

    @Test
    void hotlinesAreTheRowsNumbersOrTheBureausFromSiteYaml() {
        BuiltSite site = TestSite.of("""
                -- content/site.yaml --
                title: 测试县教育局信息公开
                bureau: 测试县教育局
                contacts:
                  complaint_phone: "0556-7000000"
                  price_hotline: "12315"
                """ + file("fees.csv", FEES_HEADER, with(with(FEE, 16, ""), 17, ""),
                with(with(FEE, 1, "宿松县趾凤初中"), 2, "初中"))).build();

        Document page = site.page("fees/index.html");
        assertThat(page.select("aside.hotlines strong").eachText()).containsExactly("0556-7000000", "12315");
        assertThat(page.select(".fee-school .school-hotlines").eachText()).containsExactly(
                "教育收费投诉电话：0556-1001001　价格举报电话：12358",
                "教育收费投诉电话：0556-7000000　价格举报电话：12315");
    }

    @Test
    void aLargeSchoolYearGetsAnIndexOfSchoolsAndEachSchoolAPageWithEverySchoolYear() {
        List<String> lines = new ArrayList<>();
        lines.add(FEES_HEADER);
        lines.add(with(fee("2011-2012", "住宿费", "200.00", "收取"), 1, "测试县第7中学"));
        for (int s = 0; s < 90; s++) {
            for (String item : new String[] {"学费", "住宿费", "课本费", "作业本费", "保险费"}) {
                lines.add(with(with(FEE, 1, "测试县第" + s + "中学"), 5, item));
            }
        }
        BuiltSite site = TestSite.withConfig(file("fees.csv", lines.toArray(String[]::new))).build();

        Document index = site.page("fees/2012-2013/index.html");
        assertThat(index.select("table.fees")).isEmpty();
        assertThat(index.select(".school-index a")).hasSize(90);
        String link = index.select(".school-index a:containsOwn(测试县第7中学)").attr("href");
        assertThat(link).startsWith("../../fees/schools/").endsWith("/#sy-2012-2013");
        String schoolDir = link.substring("../../".length(), link.indexOf('#'));
        String schoolPath = schoolDir + "index.html";
        Document school = site.page(schoolPath);
        assertThat(school.selectFirst("h1").text()).isEqualTo("测试县第7中学收费公示");
        assertThat(school.select("section.fee-school").eachAttr("id")).containsExactly("sy-2012-2013", "sy-2011-2012");
        assertThat(school.select(".school-years a").eachAttr("href")).containsExactly("#sy-2012-2013", "#sy-2011-2012");
        assertThat(school.select("#sy-2012-2013 table.fees tbody tr")).hasSize(5);
        assertThat(school.select("#sy-2012-2013 tr.changed th").text()).isEqualTo("住宿费");
        assertThat(school.select("#sy-2012-2013 tr.changed .was del").text()).isEqualTo("200.00");
        assertThat(school.select("#sy-2011-2012 table.fees tbody tr")).hasSize(1);
        assertThat(school.select("#sy-2011-2012 .fee-more a").attr("href")).isEqualTo("../../../fees/2011-2012/");
        assertThat(school.select("aside.hotlines")).isEmpty(); // site.yaml has no bureau numbers here
        assertThat(school.select(".school-hotlines strong").eachText()).contains("0556-1001001", "12358");

        Document small = site.page("fees/2011-2012/index.html");
        assertThat(small.select("table.fees tbody tr")).hasSize(1);
        assertThat(small.select(".fee-school .fee-more a").attr("href")).isEqualTo("../../" + schoolDir);
        assertThat(site.page("fees/index.html").select(".school-index a").first().attr("href")).startsWith("../fees/schools/");
    }

    @Test
    void projectTotalsAreExactAndKeptApartByKindOfMoney() {
        String planned = with(with(with(PROJECT, 1, "学校标准化建设（2013年）"), 9, "975"), 17, "预算");
        String approximate = with(with(with(PROJECT, 1, "另一批学校"), 9, "100.05"), 18, "是");
        String noAmount = with(with(PROJECT, 1, "未列金额的项目"), 9, "");
        BuiltSite site = TestSite.withConfig(file("projects.csv", PROJECTS_HEADER, PROJECT, planned, approximate,
                with(noAmount, 17, ""))).build();

        Document page = site.page("projects/index.html");
        Element group = page.selectFirst(".project-group");
        assertThat(group.selectFirst("h2").text()).isEqualTo("学校标准化建设");
        assertThat(group.select("tfoot tr").eachText()).containsExactly(
                "小计（预算，1个项目） 975 预算", "小计（投入，2个项目） 约1000.05 投入");
        assertThat(group.select(".note").text()).isEqualTo("另有1个项目未列金额，不计入合计。");
        assertThat(group.select("tbody td.amount")).extracting(Element::text).containsExactly("900", "975", "约100.05", "");
        assertThat(page.select("table.totals tbody tr").eachText()).containsExactly("预算 975 1个项目", "投入 约1000.05 2个项目");
    }

    @Test
    void loansAreListedApartAndCountsInDifferentUnitsAreNeverAdded() {
        String persons = with(with(with(AID, 1, "国家助学金"), 6, "2795"), 7, "人");
        String loan = with(with(with(with(AID, 1, "生源地信用助学贷款"), 6, "3060"), 7, "份"), 11, "贷款");
        BuiltSite site = TestSite.withConfig(file("aid.csv", AID_HEADER, AID, persons, with(loan, 8, "1749.375"))).build();

        Document page = site.page("aid/index.html");
        Element grants = page.selectFirst("table.grants");
        assertThat(grants.select("tbody th").eachText()).containsExactly("高中助学金补助", "国家助学金");
        assertThat(grants.select("tfoot td.amount").text()).isEqualTo("663.42");
        assertThat(grants.select("tfoot td.recipients").text()).isEqualTo("2795人；4330人次");
        Element loans = page.selectFirst("table.loans");
        assertThat(loans.select("caption").text()).contains("不计入资助合计");
        assertThat(loans.select("tbody th").eachText()).containsExactly("生源地信用助学贷款");
        assertThat(loans.select("tfoot td.amount").text()).isEqualTo("1749.375");
    }

    @Test
    void yearPageSumsTheYearAndIsLinkedFromHomeAndFromTheReport() {
        BuiltSite site = TestSite.withConfig(REPORT_2012 + file("projects.csv", PROJECTS_HEADER, PROJECT)
                + file("aid.csv", AID_HEADER, AID) + file("fees.csv", FEES_HEADER, FEE)).build();

        Document year = site.page("years/2012/index.html");
        assertThat(year.selectFirst("h1").text()).isEqualTo("2012年年度汇总");
        assertThat(year.select(".year-reports h3").eachText()).containsExactly("年度总结");
        assertThat(year.select(".year-reports li a").eachText()).containsExactly("杜集区教育局2012年工作总结");
        assertThat(year.select("table.year-programs tbody tr").eachText()).containsExactly("学校标准化建设 投入 900 1个项目");
        assertThat(year.select("table.year-status tbody tr").eachText()).containsExactly("已完成 1个 投入 900");
        assertThat(year.select("table.grants tfoot td.amount").text()).isEqualTo("331.71");
        assertThat(year.select(".year-fees p").text()).contains("1所学校公示1个收费项目");
        assertThat(year.select(".year-fees a").attr("href")).isEqualTo("../../fees/2012-2013/");

        assertThat(site.page("index.html").select(".summary-years a").eachAttr("href")).containsExactly("years/2012/");
        assertThat(site.page("reports/2012-report/index.html").select("a.year-summary-link").attr("href"))
                .isEqualTo("../../years/2012/");
        assertThat(site.page("index.html").select("nav.site-nav a").eachText())
                .containsExactly("首页", "工作报告", "收费公示", "项目建设", "学生资助", "年度汇总", "政府信息公开");
        assertThat(site.page("years/index.html").select(".year-list a").eachText()).containsExactly("2012年");
    }

    @Test
    void chartsAreSvgWithATextAlternativeBesideTheTable() {
        BuiltSite site = TestSite.withConfig(file("projects.csv", PROJECTS_HEADER, PROJECT)).build();

        Element svg = site.page("years/2012/index.html").selectFirst("figure.chart-figure svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        String[] labelledBy = svg.attr("aria-labelledby").split(" ");
        assertThat(svg.getElementById(labelledBy[0]).text()).isEqualTo("项目资金（投入，万元）按项目类别");
        assertThat(svg.getElementById(labelledBy[1]).text()).isEqualTo("学校标准化建设 900万元");
        assertThat(svg.select("rect.bar")).hasSize(1);
        assertThat(svg.select("text").eachText()).contains("学校标准化建设", "900");
    }

    @Test
    void dataTablesHaveCaptionsScopedHeadersRightAlignedNumbersAndTheirOwnScrollBox() {
        BuiltSite site = TestSite.withConfig(file("projects.csv", PROJECTS_HEADER, PROJECT)
                + file("aid.csv", AID_HEADER, AID) + file("fees.csv", FEES_HEADER, FEE)).build();

        for (String path : List.of("fees/index.html", "projects/index.html", "aid/index.html", "years/2012/index.html")) {
            Document page = site.page(path);
            assertThat(page.select("table.data-table")).as(path).isNotEmpty();
            for (Element table : page.select("table.data-table")) {
                assertThat(table.select("caption")).as(path).hasSize(1);
                assertThat(table.select("th")).as(path).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
                assertThat(table.select("td.amount")).as(path).allSatisfy(td -> assertThat(td.hasClass("num")).isTrue());
                Element box = table.parent();
                assertThat(box.hasClass("table-scroll")).as(path).isTrue();
                assertThat(box.attr("aria-labelledby")).isEqualTo(table.selectFirst("caption").id());
            }
        }
    }

    @Test
    void withoutDataThereAreNoDataSectionsButYearPagesForReports() {
        BuiltSite site = TestSite.withConfig(REPORT_2012).build();

        assertThat(site.page("index.html").select("nav.site-nav a").eachText()).containsExactly("首页", "工作报告", "年度汇总", "政府信息公开");
        assertThat(site.exists("fees/index.html")).isFalse();
        assertThat(site.page("years/2012/index.html").select(".year-projects p").text()).isEqualTo("本年度暂无项目数据。");
    }

    @Test
    void aThemeMadeBeforeTheDataPagesTakesTheirTemplatesFromTheBuiltInTheme() throws Exception {
        TestSite site = TestSite.of("""
                -- content/site.yaml --
                title: 测试县教育局信息公开
                bureau: 测试县教育局
                theme: old
                """ + file("fees.csv", FEES_HEADER, FEE));
        java.nio.file.Path templates = java.nio.file.Path.of("themes/default/templates");
        try (var files = java.nio.file.Files.walk(templates)) {
            for (var source : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String name = templates.relativize(source).toString().replace('\\', '/');
                if (!name.equals("fees.mustache")) {
                    site.file("themes/old/templates/" + name, java.nio.file.Files.readAllBytes(source));
                }
            }
        }

        assertThat(site.build().exists("fees/index.html")).isTrue();
    }

    @Test
    void aStaticFileInADataFolderIsAnError() {
        var failure = TestSite.withConfig(file("fees.csv", FEES_HEADER, FEE) + "-- content/static/fees/old.pdf --\nx\n")
                .buildExpectingFailure();
        assertThat(failure.problems()).extracting(p -> p.position().file()).containsExactly("content/static/fees/old.pdf");
    }
}
