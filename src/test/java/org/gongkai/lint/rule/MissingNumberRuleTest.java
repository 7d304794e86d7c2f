package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MissingNumberRuleTest {

    private static List<Finding> missing(String body) {
        return LintRun.ofKind(LintRun.body(body), MissingNumberRule.KIND);
    }

    @Test
    void aUnitLeftWithoutItsFigureIsReported() {
        List<Finding> found = missing("检查学校占学校总数的 %。\n");

        assertThat(LintRun.shown(found)).containsExactly("10:12 [missing-number] 「学校总数的 %」: a figure seems to be missing here");
    }

    @Test
    void figuresDeletedFromAReportAreFound() {
        String body = """
                共为名贫困学生发放了万元的国家免费教科书。

                上线率%，增幅达%，高出省个百分点。

                今年全县有幼儿园所，比去年增加所，在校幼儿人，比去年多人。

                月中旬，派出个工作组人次深入各乡（镇）进行调研。

                全县仅教师培训一项，就需投入经费多万元。

                早在，市教育局就被授予“精神文明建设先进单位”称号。。，按照支部建在年级的要求，新建了党总支。

                创下了该校自年以来高考的最好成绩。
                """;

        assertThat(missing(body)).extracting(f -> f.position().line()).containsOnly(10, 12, 14, 16, 18, 20, 22)
                .contains(10, 12, 14, 16, 18, 20, 22);
    }

    @Test
    void aRateWithoutItsPercentSignIsReported() {
        List<Finding> found = missing("目前，小学阶段巩固率达99.5以上，初中阶段巩固率达95以上。\n");

        assertThat(LintRun.shown(found)).hasSize(2).first().asString()
                .contains("「巩固率达99.5以上」: the % sign after 99.5 seems to be missing");
    }

    @Test
    void figuresThatAreThereAreNotReported() {
        String body = """
                筹措资金190多万元，落实各类资金3315余万元，救助金额32万多元，投入近万元，数万元，上万元的设备。

                巩固率达99.5%以上，比去年提高了1个百分点，约占 6.7 %，参训率达到100%。

                | 项目 | 金额（万元） | 占比（%） |
                |---|---:|---:|
                | 学费 | 600 | 40 |

                有所提高，个别学校，所有学校，名师工作室，每月都要检查，本月底完成，到月底结束，元月份开学。

                从年初开始，自年初以来，计划于年底前完成。
                """;

        assertThat(missing(body)).isEmpty();
    }
}
