package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.TestSite;

class DataMismatchRuleTest {

    private static final String AID = """
            -- content/data/aid.csv --
            program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
            农民工子女入学专项补贴、杂费补贴,义务教育,成都市武侯区,2012,全年,,,588,,地方,补贴,否,2012-12-31,
            免除义务教育阶段学生课本、作业本费,义务教育,成都市武侯区,2012,全年,,,1313.93,,地方,免除,否,2012-12-31,
            中职国家助学金发放、价格补助,中等职业教育,成都市武侯区,2012,全年,55758,人次,745.67,,中央和地方,助学金,否,2012-12-31,
            高中助学金补助,普通高中,成都市武侯区,2012,全年,4330,人次,331.71,,中央和地方,助学金,否,2012-12-31,
            公益性幼儿园、城乡低保家庭幼儿补助,学前教育,成都市武侯区,2012,全年,5280,人次,285,,地方,补贴,否,2012-12-31,
            高中助学金补助,普通高中,成都市武侯区,2013,全年,4100,人次,300,,中央和地方,助学金,否,2013-12-31,
            """;

    private static String report(String department, String body) {
        return """
                -- content/reports/r.md --
                ---
                title: 区教育局2013年工作汇报
                date: 2013-01-18
                year: 2013
                period: 全年
                category: 工作汇报
                department: %s
                ---

                %s
                """.formatted(department, body);
    }

    private static final String TABLE = """
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

    private static List<Finding> dataMismatches(String txtar) {
        return LintRun.ofKind(LintRun.site(TestSite.withConfig(txtar)), DataMismatchRule.KIND);
    }

    @Test
    void aStatedTotalThatContradictsTheMatchingAidRowsIsReportedByRegionAndProgrammeNotByYear() {
        List<Finding> found = dataMismatches(AID + report("成都市武侯区教育局", TABLE));

        assertThat(LintRun.shown(found)).containsExactly("10:13 [data-mismatch] 「3315余万元」 contradicts content/data/aid.csv: "
                + "the 5 matching rows (成都市武侯区, 2012, lines 2–6) add up to 3264.31万元, 50.69万元 less than stated");
    }

    @Test
    void aPartThatContradictsItsRowIsReportedOnItsLine() {
        String body = TABLE.replace("| 高中助学金补助 | 331.71 |", "| 高中助学金补助 | 381.71 |")
                .replace("3315余万元", "3314余万元").replace("| 合计 | 3315 |", "| 合计 | 3314.31 |");
        List<Finding> found = dataMismatches(AID + report("成都市武侯区教育局", body));

        assertThat(found).extracting(f -> f.position().line()).contains(17);
        assertThat(found).extracting(f -> f.problem().message())
                .anyMatch(m -> m.startsWith("「381.71」 (高中助学金补助) contradicts content/data/aid.csv line 5"));
    }

    @Test
    void aReportOfAnotherRegionOrAgreeingFiguresIsNotReported() {
        assertThat(dataMismatches(AID + report("宿松县教育局", TABLE))).isEmpty();
        String agreeing = TABLE.replace("3315余万元", "3264.31万元").replace("| 合计 | 3315 |", "| 合计 | 3264.31 |");
        assertThat(dataMismatches(AID + report("成都市武侯区教育局", agreeing))).isEmpty();
        assertThat(dataMismatches(report("成都市武侯区教育局", TABLE))).isEmpty();
    }
}
