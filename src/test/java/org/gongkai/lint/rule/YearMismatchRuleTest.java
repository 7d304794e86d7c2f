package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class YearMismatchRuleTest {

    private static String report(String title, String date, int year, String category, String body) {
        return report(title, date, year, "全年", category, body);
    }

    private static String report(String title, String date, int year, String period, String category, String body) {
        return """
                ---
                title: "%s"
                date: %s
                year: %d
                period: %s
                category: %s
                department: 测试县教育局
                ---

                %s
                """.formatted(title, date, year, period, category, body);
    }

    private static List<Finding> years(String text) {
        return LintRun.ofKind(LintRun.report(text), YearMismatchRule.KIND);
    }

    @Test
    void aYearTheBodyDoesNotReportOnIsFlaggedOnTheYearLine() {
        List<Finding> found = years(report("武侯区教育局2013年工作汇报", "2013-01-18", 2013, "工作汇报",
                "高考本科升学率64.8%，从2011年的全市第4，提升到2012年的全市第2。\n\n承办2012年全民终身学习活动周全国总开幕式。"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).position().line()).isEqualTo(4);
        assertThat(found.get(0).position().column()).isEqualTo(7);
        assertThat(found.get(0).problem().message()).contains("`year` is 2013", "reports on 2012",
                "「提升到2012年的全市第2」 line 10", "dated 2013-01-18");
    }

    @Test
    void aTitleYearThatDisagreesWithYearAndBodyIsFlaggedOnTheTitleLine() {
        List<Finding> found = years(report("县教育局2023年工作总结", "2011-12-30", 2011, "年度总结",
                "2011年，我县享受国家助学金学生2795人。2011年春季配发了教材。"));

        assertThat(LintRun.shown(found)).containsExactly(
                "2:8 [year-mismatch] the title says 2023年 but `year` is 2011 and the text reports on 2011");
    }

    @Test
    void theSeedPatternTitleAndYearAgainstBodyIsFound() {
        List<Finding> found = years(report("县教育局2023年工作总结和2023年工作要点", "2023-12-30", 2023, "年度总结",
                "一、2011年工作总结\n\n2011年，我县享受国家助学金学生2795人。以纪念建党90周年为主题开展活动。"));

        assertThat(found).extracting(f -> f.position().line()).containsExactly(4);
    }

    @Test
    void countsComparisonsPlansAndOtherDocumentsAreNotTheYearReportedOn() {
        String body = """
                共有留守儿童2012人，比2012年增加527人。我区从2008年开始实施电子学籍管理。

                2014年计划新建幼儿园2所。印发了《2010-2012年教育规划》（杜教〔2012〕9号）。

                截至2013年3月6日，全区共转入661人。
                """;

        assertThat(years(report("杜集区教育局2013年春季开学情况汇报", "2013-03-08", 2013, "春季学期", "专项汇报", body)))
                .isEmpty();
    }

    @Test
    void aPlanMayBeDatedBeforeItsYearButASummaryMayNot() {
        assertThat(years(report("2014年工作要点", "2013-12-20", 2014, "工作要点", "全面推进素质教育。"))).isEmpty();
        assertThat(years(report("2013年工作总结", "2013-02-20", 2013, "年度总结", "全面推进素质教育。")))
                .extracting(f -> f.problem().message()).singleElement().asString()
                .contains("too early in 2013 to sum up that whole year");
        assertThat(years(report("2014年工作总结", "2013-12-20", 2014, "年度总结", "全面推进素质教育。")))
                .extracting(f -> f.problem().message()).singleElement().asString()
                .contains("dated 2013-12-20, before 2014 began");
    }
}
