package org.gongkai.lint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

/** Issue 15: a value `gongkai import` had to fill in is not published unchecked. */
class StandInRuleTest {

    private static final String IMPORTED = """
            ---
            title: "县教育局2023年工作要点"
            date: 2026-12-03  # 未能从原文读出：落款中没有日期，这里暂填导入的日期：请改为成文日期，如 2011-12-30
            year: 2023
            period: 全年  # 未能从原文读出：标题中没有上半年、季度、春季等字样，暂按全年填写：请核对
            category: 工作要点
            department: "测试县教育局"
            tags: []
            DRAFT---

            2023年，我局完成了校安工程。
            """;

    private static List<Finding> standIns(String text) {
        return LintRun.ofKind(LintRun.report(text), StandInRule.KIND);
    }

    @Test
    void aStandInLeftOnAReportThatIsNoLongerADraftIsReportedAtItsLine() {
        List<Finding> found = standIns(IMPORTED.replace("DRAFT", ""));

        assertThat(LintRun.shown(found)).containsExactly(
                "3:1 [stand-in] 「date: 2026-12-03」 is a stand-in written by import, not read from the text: "
                        + "落款中没有日期，这里暂填导入的日期：请改为成文日期，如 2011-12-30",
                "5:1 [stand-in] 「period: 全年」 is a stand-in written by import, not read from the text: "
                        + "标题中没有上半年、季度、春季等字样，暂按全年填写：请核对");
        assertThat(found.get(0).problem().hint()).contains("delete the comment");
    }

    @Test
    void aDraftAndAReportWithTheCommentGoneAreLeftAlone() {
        assertThat(standIns(IMPORTED.replace("DRAFT", "draft: true\n"))).isEmpty();
        assertThat(standIns(IMPORTED.replace("DRAFT", "").replaceAll("  # 未能从原文读出：[^\\n]*", ""))).isEmpty();
    }
}
