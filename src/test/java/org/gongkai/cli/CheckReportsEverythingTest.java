package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/**
 * One bad data row or one bad report hides nothing else: {@code check} lists the input errors and what the content
 * rules find on everything that did load; {@code build} still fails and publishes nothing (issue 12, defect 6).
 */
class CheckReportsEverythingTest {

    private static final String AID_HEADER = "program,stage,region,year,term,recipients,recipient_unit,amount_wan,"
            + "per_capita_standard,funding_level,kind,approximate,as_of,notes";

    /** A bad row on line 2 (kind 奖学金); the five good rows on lines 3–7 sum to 3264.31. */
    private static final String AID = file("aid.csv", AID_HEADER,
            "奖学金,普通高中,成都市武侯区,2012,全年,,,50,,地方,奖学金,否,2012-12-31,",
            "农民工子女入学专项补贴、杂费补贴,义务教育,成都市武侯区,2012,全年,,,588,,地方,补贴,否,2012-12-31,",
            "免除义务教育阶段学生课本、作业本费,义务教育,成都市武侯区,2012,全年,,,1313.93,,地方,免除,否,2012-12-31,",
            "中职国家助学金发放、价格补助,中等职业教育,成都市武侯区,2012,全年,55758,人次,745.67,,中央和地方,助学金,否,2012-12-31,",
            "高中助学金补助,普通高中,成都市武侯区,2012,全年,4330,人次,331.71,,中央和地方,助学金,否,2012-12-31,",
            "公益性幼儿园、城乡低保家庭幼儿补助,学前教育,成都市武侯区,2012,全年,5280,人次,285,,地方,补贴,否,2012-12-31,");

    /** A placeholder on line 10; a stated total on line 12 and its 合计 row on line 21 that do not add up. */
    private static final String GOOD_REPORT = """
            -- content/reports/good.md --
            ---
            title: 武侯区教育局2012年工作汇报
            date: 2013-01-18
            year: 2012
            period: 全年
            category: 工作汇报
            department: 成都市武侯区教育局
            ---

            43名教师获XX市班主任技能大赛一等奖。

            落实各类教育惠民政策资金3315余万元。各项资助落实情况如下：

            | 资助项目 | 金额（万元） |
            |---|---:|
            | 农民工子女入学专项补贴、杂费补贴 | 588 |
            | 免除义务教育阶段学生课本、作业本费 | 1313.93 |
            | 中职农村学生和城区经济困难学生国家助学金发放、价格补助 | 745.67 |
            | 高中助学金补助 | 331.71 |
            | 公益性幼儿园、城乡低保家庭幼儿补助 | 285 |
            | 合计 | 3315 |
            """;

    /** A front-matter error on line 6: the report does not load, so its own placeholder is not looked at. */
    private static final String BAD_REPORT = """
            -- content/reports/bad.md --
            ---
            title: 测试县教育局2012年工作总结
            date: 2012-12-30
            year: 2012
            period: 全年
            category: 年终总结
            department: 测试县教育局
            ---

            本县XX镇中心校。
            """;

    private static TestSite site() {
        return TestSite.withConfig(GOOD_REPORT + BAD_REPORT + AID
                + file("fees.csv", FEES_HEADER, with(FEE, 7, "600元"), with(FEE, 5, "学费")));
    }

    @Test
    void checkListsTheInputErrorsAndTheFindingsOfEverythingThatLoaded() {
        CliRun run = site().cli("check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains(
                "content/data/aid.csv:2:11: [input] kind 「奖学金」 is not one of the allowed values",
                "content/data/fees.csv:2:7: [input] amount 「600元」 is not an amount in 元\n  hint: write 600.00\n",
                "content/reports/good.md:10:7: [placeholder] 「XX市」 looks like an unfilled placeholder",
                "content/reports/good.md:21:",
                "[total-mismatch] 合计 「3315」 does not match the rows",
                // the cross-check uses the five good rows, and names their own lines
                "content/reports/good.md:12:",
                "[data-mismatch] 「3315余万元」 contradicts content/data/aid.csv: the 5 matching rows (成都市武侯区, 2012, "
                        + "lines 3–7) add up to 3264.31万元, 50.69万元 less than stated");
        assertThat(run.out()).contains("content/reports/bad.md:6:11: [input] `category` 「年终总结」 is not one of the allowed values");
        assertThat(run.out()).doesNotContain("bad.md:10"); // the report that did not load is not linted
        assertThat(run.out()).contains("the built pages were not checked");
        assertThat(run.err()).contains("error(s)");
    }

    @Test
    void checkAsJsonHasTheSameFindings() throws Exception {
        CliRun run = site().cli("check", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode array = new ObjectMapper().readTree(run.out());
        List<String> found = new ArrayList<>();
        array.forEach(f -> found.add(f.get("file").asText() + ":" + f.get("line").asInt() + " " + f.get("severity").asText()
                + " " + f.get("kind").asText()));
        assertThat(found).contains("content/data/aid.csv:2 error input", "content/data/fees.csv:2 error input",
                "content/reports/bad.md:6 error input", "content/reports/good.md:10 warning placeholder",
                "content/reports/good.md:21 warning total-mismatch", "content/reports/good.md:12 warning data-mismatch");
    }

    @Test
    void buildStillFailsAndPublishesNothing() {
        TestSite site = site();
        CliRun run = site.cli("build");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("content/data/fees.csv:2:7: amount 「600元」");
        assertThat(Files.exists(site.root().resolve("site"))).isFalse();
    }

    /** In an .xlsx the line is the sheet's row: a bad row before does not shift the rows after it. */
    @Test
    void findingsInAnXlsxNameTheRowsOwnNumberAfterABadRow() {
        List<List<String>> rows = List.of(List.of(AID_HEADER.split(",")),
                List.of("国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,奖学金,是,2011-12-30,".split(",", -1)),
                List.of("国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,联系人13800138000"
                        .split(",", -1)));
        CliRun run = TestSite.withConfig("").file("content/data/aid.xlsx", workbook(rows)).cli("check");

        assertThat(run.out()).contains("content/data/aid.xlsx:2:11: [input] kind 「奖学金」 is not one of the allowed values",
                "content/data/aid.xlsx:3: [personal-data] column notes: 「138****8000」 is a mobile phone number");
    }

    private static byte[] workbook(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        sheet.value(r, c, rows.get(r).get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
