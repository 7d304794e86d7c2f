package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * A 九年一贯制 school (小学 and 初中) or a 完全中学 (初中 and 普通高中) charges the same item in each of its sections: the
 * fee item's identity includes its 学段 (issue 12, defect 4).
 */
class MultiStageFeesTest {

    private static final String SCHOOL = "测试县九年一贯制学校";

    private static String fee(String school, String stage, String year, String item, String amount, String status) {
        int start = Integer.parseInt(year.substring(0, 4));
        return with(with(with(with(with(with(with(with(FEE, 1, school), 2, stage), 3, year), 5, item), 7, amount), 9, status),
                11, start + "-09-01"), 12, (start + 1) + "-08-31");
    }

    /** Both sections charge 住宿费 in both school years; only the 初中's standard changes. */
    private static final List<String> NINE_YEAR = List.of(FEES_HEADER,
            fee(SCHOOL, "小学", "2011-2012", "住宿费", "200.00", "收取"),
            fee(SCHOOL, "初中", "2011-2012", "住宿费", "250.00", "收取"),
            fee(SCHOOL, "小学", "2012-2013", "住宿费", "200.00", "收取"),
            fee(SCHOOL, "初中", "2012-2013", "住宿费", "280.00", "收取"),
            fee(SCHOOL, "小学", "2012-2013", "作业本费", "0.00", "免收"),
            fee(SCHOOL, "初中", "2012-2013", "作业本费", "0.00", "免收"));

    @Test
    void aNineYearSchoolPublishesBothStagesWithTheirOwnHistory() {
        BuiltSite site = TestSite.withConfig(file("fees.csv", NINE_YEAR.toArray(String[]::new))).build();

        Document page = site.page("fees/2012-2013/index.html");
        assertThat(page.select(".fee-stage > h2").eachText()).containsExactly("小学", "初中");
        assertThat(page.select(".fee-school h3").eachText()).containsExactly(SCHOOL, SCHOOL);
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        Element primary = page.selectFirst("section[aria-labelledby=stage-primary]");
        Element junior = page.selectFirst("section[aria-labelledby=stage-junior]");
        assertThat(primary.select("caption").text()).isEqualTo(SCHOOL + "（小学）2012—2013学年收费项目（2项）");
        assertThat(junior.select("caption").text()).isEqualTo(SCHOOL + "（初中）2012—2013学年收费项目（2项）");
        assertThat(primary.select("tbody th").eachText()).containsExactly("住宿费", "作业本费");
        assertThat(primary.select("tr.changed")).isEmpty(); // 200.00 both years: compared with its own 小学 row
        assertThat(junior.select("tr.changed th").text()).isEqualTo("住宿费");
        assertThat(junior.select("tr.changed .was del").text()).isEqualTo("250.00");
        assertThat(page.select("tr.new-item th").eachText()).containsExactly("作业本费", "作业本费");
        assertThat(page.select(".data-summary").text()).isEqualTo("1所学校，4个收费项目，其中免收2项，标准较上学年调整1项。");

        // the 2011-2012 page too: both sections, neither hides the other
        Document before = site.page("fees/2011-2012/index.html");
        assertThat(before.select("table.fees tbody td.amount").eachText()).containsExactly("200.00", "250.00");

        String csv = new String(site.bytes("fees/2012-2013/fees-2012-2013.csv"), StandardCharsets.UTF_8);
        assertThat(Arrays.stream(csv.split("\r\n")).filter(line -> line.contains("住宿费"))
                .map(line -> String.join(",", Arrays.asList(line.split(",")).subList(0, 9))))
                .containsExactly(SCHOOL + ",小学,2012-2013,全学年,住宿费,行政事业性收费,200.00,元/生·学期,",
                        SCHOOL + ",初中,2012-2013,全学年,住宿费,行政事业性收费,280.00,元/生·学期,250.00");

        Document year = site.page("years/2012/index.html");
        assertThat(year.select("table.fee-changes thead th").eachText())
                .containsExactly("学校", "学段", "收费项目", "上学年（元）", "本学年（元）", "计费单位");
        assertThat(year.select("table.fee-changes tbody tr").eachText())
                .containsExactly(SCHOOL + " 初中 住宿费 250.00 280.00 元/生·学期");
        assertThat(year.select(".year-fees p").first().text()).startsWith("1所学校公示4个收费项目；免收2项");
    }

    @Test
    void aSchoolWithTwoStagesHasOneSchoolPageWithATablePerStage() {
        List<String> lines = new ArrayList<>(NINE_YEAR);
        for (int s = 0; s < 90; s++) { // more than 400 rows in 2012-2013: every school gets its own page
            for (String item : new String[] {"学费", "住宿费", "课本费", "作业本费", "保险费"}) {
                lines.add(with(with(FEE, 1, "测试县第" + s + "中学"), 5, item));
            }
        }
        BuiltSite site = TestSite.withConfig(file("fees.csv", lines.toArray(String[]::new))).build();

        Document index = site.page("fees/2012-2013/index.html");
        List<String> links = index.select(".school-index a:containsOwn(" + SCHOOL + ")").eachAttr("href");
        assertThat(links).hasSize(2);
        assertThat(links.get(0)).endsWith("/#sy-2012-2013-primary");
        assertThat(links.get(1)).endsWith("/#sy-2012-2013-junior");
        String schoolPath = links.get(0).substring("../../".length(), links.get(0).indexOf('#')) + "index.html";

        Document school = site.page(schoolPath);
        assertThat(school.select(".lead").text()).startsWith("学段：小学、初中。");
        assertThat(school.select("section.fee-school").eachAttr("id")).containsExactly("sy-2012-2013", "sy-2011-2012");
        assertThat(school.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        Element latest = school.getElementById("sy-2012-2013");
        assertThat(latest.select("h3").eachText()).containsExactly("小学", "初中");
        assertThat(latest.select("caption").eachText()).containsExactly(
                SCHOOL + "（小学）2012—2013学年收费项目（2项）", SCHOOL + "（初中）2012—2013学年收费项目（2项）");
        assertThat(school.select("#sy-2012-2013-primary tbody td.amount").eachText()).containsExactly("200.00", "0.00 新增");
        assertThat(school.select("#sy-2012-2013-junior tr.changed .was del").text()).isEqualTo("250.00");
        assertThat(school.select("#sy-2011-2012-junior tbody td.amount").eachText()).containsExactly("250.00");

        Document single = site.page(index.select(".school-index a:containsOwn(测试县第7中学)").attr("href")
                .replaceFirst("^\\.\\./\\.\\./", "").replaceFirst("#.*", "") + "index.html");
        assertThat(single.select("h3")).isEmpty(); // one 学段: one table per school year, as before
        assertThat(single.select("#sy-2012-2013 table.fees")).hasSize(1);
    }

    @Test
    void theSameItemTwiceForTheSameStageIsStillAnErrorNamingBothLines() {
        List<String> lines = new ArrayList<>(NINE_YEAR);
        lines.add(fee(SCHOOL, "初中", "2012-2013", "住宿费", "300.00", "收取")); // line 8; the first is on line 5

        List<String> errors = TestSite.withConfig(file("fees.csv", lines.toArray(String[]::new))).buildExpectingFailure()
                .problems().stream().filter(Problem::isError).map(Problem::format).toList();

        assertThat(errors).containsExactly("content/data/fees.csv:8:5: item 「住宿费」 of " + SCHOOL
                + " (初中) for 2012-2013 全学年 is given twice (also on line 5)\n"
                + "  hint: delete one of the two rows, or correct the stage or the term");
    }
}
