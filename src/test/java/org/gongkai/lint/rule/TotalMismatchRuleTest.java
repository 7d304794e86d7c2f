package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TotalMismatchRuleTest {

    private static List<Finding> mismatches(String body) {
        return LintRun.ofKind(LintRun.body(body), TotalMismatchRule.KIND);
    }

    @Test
    void partsAfterQiZhongThatExceedTheTotalAreReportedWithSumAndDifference() {
        List<Finding> found = mismatches("元至10月份已落实大小项目资金2358.6万元，其中二期“义教工程”161.4万元；世行混合贷款项目工程337.07万元；"
                + "提前实施的寄宿制学校建设工程投入1486.63万元；宣明会援建工程50.97万元；香港“培幼行动”援建工程300万元，"
                + "县政府“普九”专项经费300万元建设工程。\n");

        assertThat(LintRun.shown(found)).containsExactly("10:16 [total-mismatch] 「2358.6万元」 does not add up: "
                + "161.4万元 + 337.07万元 + 1486.63万元 + 50.97万元 + 300万元 + 300万元 = 2636.07万元, 277.47万元 more than stated");
    }

    @Test
    void aSinglePartLargerThanItsTotalIsReported() {
        List<Finding> found = mismatches("公开招聘新教师18名，其中特岗教师116名，全部充实到农村学校。\n");

        assertThat(LintRun.shown(found)).containsExactly(
                "10:8 [total-mismatch] 「18名」 is less than one of its parts, 「特岗教师116名」");
    }

    @Test
    void aCompleteListAfterAColonMustReachATotalWithYu() {
        List<Finding> found = mismatches("落实各类教育惠民政策资金3315余万元：农民工子女入学专项补贴、杂费补贴588万元，免除课本、作业本费1313.93万元，"
                + "中职国家助学金745.67万元，高中助学金补助331.71万元，幼儿补助285万元。\n");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).problem().message()).contains("= 3264.31万元, 50.69万元 less than stated",
                "「余」/「多」 means more than 3315");
    }

    @Test
    void listsWrittenAsTheSeedsWriteThemAreChecked() {
        String body = """
                落实各类教育惠民政策资金3315余万元，农民工子女入学专项补贴588万元。免除课本、作业本费1313.93万元；中职国家助学金55758人次745.67万元；高中助学金补助4330人次331.71万元；幼儿补助5280人次285万元。

                考上第一批本科线8人，第二批本科线118人，第三批本科线100人，本科上线人数合计227人。

                明确了全县校安工程318个项目（加固类项目149个，重建类项目160个）的工作任务。
                """;

        assertThat(mismatches(body)).extracting(f -> f.position().line()).containsExactly(10, 12, 14);
    }

    @Test
    void aTableWhose合计RowIsWrongIsReportedOnThatRow() {
        String body = """
                落实各类教育惠民政策资金3315余万元。各项资助落实情况如下：

                | 资助项目 | 受助人次 | 金额（万元） |
                |---|---:|---:|
                | 农民工子女入学专项补贴、杂费补贴 | — | 588 |
                | 免除义务教育阶段学生课本、作业本费 | — | 1313.93 |
                | 中职国家助学金 | 55758 | 745.67 |
                | 高中助学金补助 | 4330 | 331.71 |
                | 幼儿补助 | 5280 | 285 |
                | 合计 | | 3315 |
                """;

        assertThat(LintRun.shown(mismatches(body))).containsExactly("19:10 [total-mismatch] 合计 「3315」 does not match "
                + "the rows: 588 + 1313.93 + 745.67 + 331.71 + 285 = 3264.31万元, 50.69万元 less than stated; line 10 states "
                + "the same total as 「3315余万元」");
    }

    @Test
    void aTotalColumnIsCheckedRowByRow() {
        String body = """
                | 学校 | 中央（万元） | 省级（万元） | 县级（万元） | 合计（万元） |
                |---|---:|---:|---:|---:|
                | 一中 | 100 | 50 | 20 | 170 |
                | 二中 | 80 | 40 | 10 | 140 |
                """;

        assertThat(mismatches(body)).extracting(f -> f.position().line()).containsExactly(13);
    }

    @Test
    void partialListsSubsetsComparisonsAndApproximationsAreNotMismatches() {
        String body = """
                文理科本科达线3076人（不含艺体达线数），与去年比净增225人，其中一本达线630人，二本达线2191人，文科三本以上达线680人，理科三本以上达线2396人，应届生达线1676人，历届生达线1400人。

                收到稿件521篇，其中获自治区级奖励1篇、市级奖励16篇、县级奖励174篇。

                建留守儿童之家51所，共有留守儿童2012人，其中小学1131人，初中881人，比2012年增加527人。

                学校共毕业350人，就业346人，其中机械加工制造类238人，信息技术类108人，全部对口就业；在本地就业131人，外地就业215人。

                获立项项目394项，安排资金10407万元。其中：科技支撑计划安排163项，支持资金2133.5万元；政策引导计划安排125项，支持资金1490.5万元；创新能力建设计划安排28项，支持资金863万元；重大专项计划安排20项，支持资金4095万元；中药现代化专项安排29项，支持资金580万元；科技“双20”工程安排29项，资金1245万元。此外，科技风险投资基金1500万元，高新区科技合作计划专项资金1500万元。

                争取中央、省、市专项资金3.5亿元（为四个重灾区安排中央专项资金1.8亿元），调整部门预算1200余万元。

                全年发稿3900篇，其中中央级500余篇、省级800篇、市级2600篇。

                全县学校共收到县直单位捐款19.4万元，捐物折币10.3万元，合计29.7万元。

                1469万元用于15所新建（改扩建）幼儿园，2011、2012年已完成改扩建幼儿园11所，新建幼儿园1所；2013年计划改扩建3所，新建2所。

                我市各类本科上线人数1478人，本科上线率48.8%。理科600分以上考生22人，清华大学录取1名，空军航空大学录取1名。

                | 录取批次 | 上线人数（人） |
                |---|---:|
                | 第一批本科 | 8 |
                | 第二批本科 | 118 |
                | 第三批本科 | 101 |
                | 本科上线合计 | 227 |

                | 项目 | 单价（元） | 数量 | 合计（元） |
                |---|---:|---:|---:|
                | 课桌 | 200 | 10 | 2000 |
                """;

        assertThat(LintRun.shown(mismatches(body))).isEmpty();
    }
}
