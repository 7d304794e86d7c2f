package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Issue 14: the 政府信息公开工作年度报告 from content/annual-reports/<year>.yaml, its cross-checks and its pages. */
public class AnnualReportTest {

    /** A consistent report in the 2021 format; the line of each row is its line in the file (line 1 is year). */
    public static final String REPORT_2021 = """
            year: 2021
            active:
              rules: [0, 0, 0]
              normative: [3, 1, 12]
              licensing: 46
              penalty: 0
              enforcement: 0
              fees: 126.45
            applications:
              new: [14, 2, 0, 0, 1, 0]
              carried_in: [1, 0, 0, 0, 0, 0]
              disclosed: [8, 1, 0, 0, 1, 0]
              partly_disclosed: [1, 0, 0, 0, 0, 0]
              withheld_state_secret: 0
              withheld_by_law: 0
              withheld_safety: 0
              withheld_third_party: [1, 0, 0, 0, 0, 0]
              withheld_internal: 0
              withheld_process: 0
              withheld_case_file: 0
              withheld_inquiry: 0
              unavailable_not_held: [2, 1, 0, 0, 0, 0]
              unavailable_to_be_made: 0
              unavailable_unclear: 0
              refused_petition: [1, 0, 0, 0, 0, 0]
              refused_repeated: 0
              refused_publication: 0
              refused_mass: 0
              refused_confirmation: 0
              other_not_corrected: 0
              other_fee_unpaid: 0
              other: 0
              carried_over: [2, 0, 0, 0, 0, 0]
            appeals:
              review: [1, 0, 0, 0, 1]
              direct_suit: 0
              suit_after_review: 0
            """;

    /** The same numbers in the 2019 trial format: its table 二 columns, （九） 政府集中采购, one （六）其他处理 row. */
    public static final String REPORT_2020 = """
            active:
              rules: [0, 0, 0]
              normative: [2, 2, 10]
              licensing: [5, -1, 40]
              other_services: [0, 0, 0]
              penalty: [0, 0, 0]
              enforcement: [0, 0, 0]
              fees: [3, 0]
              procurement: [4, 88.5]
            applications:
              new: [3, 0, 0, 0, 0, 0]
              carried_in: 0
              disclosed: [2, 0, 0, 0, 0, 0]
              partly_disclosed: 0
              withheld_state_secret: 0
              withheld_by_law: 0
              withheld_safety: 0
              withheld_third_party: 0
              withheld_internal: 0
              withheld_process: 0
              withheld_case_file: 0
              withheld_inquiry: 0
              unavailable_not_held: 0
              unavailable_to_be_made: 0
              unavailable_unclear: 0
              refused_petition: 0
              refused_repeated: 0
              refused_publication: 0
              refused_mass: 0
              refused_confirmation: 0
              other: [1, 0, 0, 0, 0, 0]
              carried_over: 0
            appeals:
              review: 0
              direct_suit: 0
              suit_after_review: 0
            """;

    static TestSite site(String year, String yaml) {
        return TestSite.withConfig("-- content/annual-reports/" + year + ".yaml --\n" + yaml);
    }

    private static List<String> errors(String year, String yaml) {
        return site(year, yaml).buildExpectingFailure().problems().stream().filter(Problem::isError).map(AnnualReportTest::firstLine).toList();
    }

    @Test
    void reportPageHasTheSixSectionsAndTheNationalTables() {
        BuiltSite built = site("2021", REPORT_2021).build();
        Document page = built.page("xxgk/annual-reports/2021/index.html");

        assertThat(page.select("h1").text()).isEqualTo("测试县教育局2021年政府信息公开工作年度报告");
        assertThat(page.select("main h2").eachText()).containsExactly("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(page.select(".lead").text()).contains("国办公开办函〔2021〕30号");
        Element active = page.selectFirst("table.annual-active");
        assertThat(active.select("tr:has(th:contains(行政规范性文件)) td").eachText()).containsExactly("3", "1", "12");
        assertThat(active.select("tr:has(th:contains(行政事业性收费)) td").eachText()).containsExactly("126.45");
        assertThat(active.text()).contains("本年制发件数").doesNotContain("政府集中采购");
        Element applications = page.selectFirst("table.annual-applications");
        assertThat(row(applications, "一、本年新收政府信息公开申请数量")).containsExactly("14", "2", "0", "0", "1", "0", "17");
        // the totals not written are computed: （七）总计 from the results, and each row's 总计
        assertThat(row(applications, "（七）总计")).containsExactly("13", "2", "0", "0", "1", "0", "16");
        assertThat(row(applications, "3.其他")).containsExactly("0", "0", "0", "0", "0", "0", "0");
        assertThat(applications.select("thead th").eachText()).containsSubsequence("自然人", "法人或其他组织", "总计", "商业企业",
                "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(page.select("table.annual-appeals tbody td").eachText())
                .containsExactly("1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
        assertThat(page.select("#ar-5 ~ .report-body").text()).isEqualTo("无。");
    }

    @Test
    void listPageLinksEveryYearNewestFirst() {
        BuiltSite built = site("2021", REPORT_2021).file("content/annual-reports/2020.yaml", REPORT_2020).build();
        Document list = built.page("xxgk/annual-reports/index.html");

        assertThat(list.select("ul.annual-reports a").eachAttr("href")).containsExactly("../../xxgk/annual-reports/2021/",
                "../../xxgk/annual-reports/2020/");
        assertThat(list.select("ul.annual-reports li").eachText()).anySatisfy(t -> assertThat(t).contains("国办公开办函〔2019〕60号"));
    }

    @Test
    void reportsOn2019And2020UseTheTrialFormat() {
        BuiltSite built = site("2020", REPORT_2020).build();
        Document page = built.page("xxgk/annual-reports/2020/index.html");

        Element active = page.selectFirst("table.annual-active");
        assertThat(active.text()).contains("第二十条第（九）项", "上一年项目数量", "本年增/减", "本年新制作数量", "规范性文件")
                .doesNotContain("行政规范性文件", "本年制发件数");
        assertThat(active.select("tr:has(th:contains(政府集中采购)) td").eachText()).containsExactly("4", "88.5");
        assertThat(active.select("tr:has(th:contains(行政许可)) td").eachText()).containsExactly("5", "-1", "40");
        Element applications = page.selectFirst("table.annual-applications");
        assertThat(row(applications, "（六）其他处理")).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(applications.text()).doesNotContain("逾期不补正");
        assertThat(page.select(".lead").text()).contains("国办公开办函〔2019〕60号");
    }

    @Test
    void aRowOfTheOtherFormatIsAnUnknownKey() {
        String with2019Row = REPORT_2021.replace("  fees: 126.45\n", "  fees: 126.45\n  procurement: [4, 88.5]\n");
        assertThat(errors("2021", with2019Row)).anySatisfy(e -> assertThat(e)
                .startsWith("content/annual-reports/2021.yaml:9:3: unknown key `procurement`").contains("国办公开办函〔2021〕30号"));
        assertThat(errors("2020", REPORT_2020.replace("  other: [1, 0, 0, 0, 0, 0]\n", "  other_fee_unpaid: [1, 0, 0, 0, 0, 0]\n")))
                .anySatisfy(e -> assertThat(e).startsWith("content/annual-reports/2020.yaml:31:3: unknown key `other_fee_unpaid`"))
                .anySatisfy(e -> assertThat(e).startsWith("content/annual-reports/2020.yaml:").contains("row `other` is missing"));
    }

    @Test
    void aWrittenRowTotalThatDisagreesNamesBothSides() {
        assertThat(errors("2021", REPORT_2021.replace("new: [14, 2, 0, 0, 1, 0]", "new: [14, 2, 0, 0, 1, 0, 18]"))).contains(
                "content/annual-reports/2021.yaml:10:28: 一、本年新收政府信息公开申请数量: the total 「18」 is not the sum of its columns: "
                        + "自然人 14 + 商业企业 2 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 1 + 其他 0 = 17");
    }

    @Test
    void aWrittenResultTotalThatDisagreesNamesBothSides() {
        String yaml = REPORT_2021.replace("  carried_over:", "  total: [12, 2, 0, 0, 1, 0]\n  carried_over:");
        assertThat(errors("2021", yaml)).containsExactly("content/annual-reports/2021.yaml:33: column 自然人: 三（七）总计 「12」 is not the sum "
                + "of the results above it: disclosed 8 + partly_disclosed 1 + withheld_third_party 1 + unavailable_not_held 2 "
                + "+ refused_petition 1 = 13");
    }

    @Test
    void receivedPlusCarriedInMustBeDealtWithPlusCarriedOverInEveryColumn() {
        List<String> errors = errors("2021", REPORT_2021.replace("carried_over: [2, 0, 0, 0, 0, 0]", "carried_over: [2, 0, 0, 0, 0, 1]"));
        assertThat(errors).containsExactly(
                "content/annual-reports/2021.yaml:33: column 其他: 一 0 + 二 0 = 0, but 三（七）总计 0 + 四 1 = 1",
                "content/annual-reports/2021.yaml:33: column 总计: 一 17 + 二 1 = 18, but 三（七）总计 16 + 四 3 = 19");
    }

    @Test
    void anAppealTotalMustBeTheSumOfTheFourCellsBeforeIt() {
        assertThat(errors("2021", REPORT_2021.replace("review: [1, 0, 0, 0, 1]", "review: [1, 1, 0, 0, 1]"))).containsExactly(
                "content/annual-reports/2021.yaml:35:24: 行政复议: the total 「1」 is not the sum of the four cells before it: "
                        + "结果维持 1 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 2");
    }

    @Test
    void negativeDecimalMissingAndMiscountedNumbersAreErrorsAtTheirCells() {
        String yaml = REPORT_2021.replace("disclosed: [8, 1, 0, 0, 1, 0]", "disclosed: [8, -1, 0, 0, 1, 0]")
                .replace("licensing: 46", "licensing: 4.5")
                .replace("  withheld_inquiry: 0\n", "")
                .replace("direct_suit: 0", "direct_suit: [0, 0]")
                .replace("fees: 126.45", "fees: 12万");
        List<String> errors = errors("2021", yaml);
        assertThat(errors).contains(
                "content/annual-reports/2021.yaml:12:18: `disclosed`: 「-1」 is not a count (a whole number, 0 or more)",
                "content/annual-reports/2021.yaml:5:14: `licensing`: 「4.5」 is not a count (a whole number, 0 or more)",
                "content/annual-reports/2021.yaml:8:9: `fees`: 「12万」 is not an amount in 万元",
                "content/annual-reports/2021.yaml:10: row `withheld_inquiry` is missing: it needs 6 numbers",
                "content/annual-reports/2021.yaml:35:16: row `direct_suit` has 2 numbers, it needs 4 (or 5 with the total last)");
        assertThat(site("2021", yaml).buildExpectingFailure().problems()).filteredOn(p -> p.message().contains("withheld_inquiry"))
                .extracting(Problem::hint).containsExactly("write e.g. withheld_inquiry: [0, 0, 0, 0, 0, 0]");
    }

    @Test
    void aFileThatIsNotAYearAndAYearThatDisagreeAreErrors() {
        List<String> errors = TestSite.withConfig("-- content/annual-reports/report-2021.yaml --\n" + REPORT_2021
                + "-- content/annual-reports/2022.yaml --\n" + REPORT_2021).buildExpectingFailure().problems().stream()
                .filter(Problem::isError).map(AnnualReportTest::firstLine).toList();
        assertThat(errors).containsExactly(
                "content/annual-reports/2022.yaml:1:7: `year` is 2021, but the file is the report on 2022",
                "content/annual-reports/report-2021.yaml: 「report-2021.yaml」 is not an annual-report file: the folder holds <year>.yaml and <year>.md only");
    }

    @Test
    void proseComesFromTheMarkdownFileUnderItsHeadings() {
        BuiltSite built = site("2021", REPORT_2021).file("content/annual-reports/2021.md",
                "## 一、总体情况\n\n今年我局**主动公开**信息120条。\n\n## 五、存在的主要问题及改进情况\n\n公开不够及时。\n").build();
        Document page = built.page("xxgk/annual-reports/2021/index.html");

        assertThat(page.select("#ar-1 ~ .report-body strong").text()).isEqualTo("主动公开");
        assertThat(page.select("#ar-5 ~ .report-body").text()).isEqualTo("公开不够及时。");
        assertThat(page.select("#ar-6 ~ .report-body").text()).isEqualTo("无。");
        assertThat(site("2021", REPORT_2021).file("content/annual-reports/2021.md", "开头\n## 二、主动公开\n")
                .buildExpectingFailure().problems().stream().map(AnnualReportTest::firstLine).toList()).containsExactly(
                "content/annual-reports/2021.md:1: text before the first heading of the annual report's prose",
                "content/annual-reports/2021.md:2: heading 「二、主动公开」 is not a part of the annual report that is written as prose");
    }

    @Test
    void tablesAreDownloadableAsCsvAndXlsx() {
        BuiltSite built = site("2021", REPORT_2021).build();
        Document page = built.page("xxgk/annual-reports/2021/index.html");

        assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("annual-report-2021.csv", "annual-report-2021.xlsx");
        byte[] csv = built.bytes("xxgk/annual-reports/2021/annual-report-2021.csv");
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).contains("表,项目,列,数值",
                "二、主动公开政府信息情况,第二十条第（八）项 行政事业性收费,本年收费金额（单位：万元）,126.45",
                "三、收到和处理政府信息公开申请情况,（七）总计,总计,16",
                "三、收到和处理政府信息公开申请情况,（三）不予公开 4.保护第三方合法权益,自然人,1",
                "四、政府信息公开行政复议、行政诉讼情况,行政复议,总计,1");
        assertThat(built.bytes("xxgk/annual-reports/2021/annual-report-2021.xlsx")).startsWith((byte) 'P', (byte) 'K');
    }

    public static String firstLine(Problem problem) {
        return problem.format().lines().findFirst().orElse("");
    }

    private static List<String> row(Element table, String label) {
        for (Element tr : table.select("tbody tr")) {
            Element th = tr.selectFirst("th");
            if (th != null && th.text().equals(label)) {
                return tr.select("td").eachText();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
