package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.model.Category;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Period;
import org.junit.jupiter.api.Test;

/** The front matter read from the title and the sign-off; what could not be read is said so in the file. */
class InferenceTest {

    private static Inference infer(String text) {
        return Inference.of(TextImport.drafts(text).get(0), Inferences.given());
    }

    @Test
    void chineseSignOffDatesInEveryWriting() {
        assertThat(SignOff.date("二0一一年十月十二日")).contains(LocalDate.of(2011, 10, 12));
        assertThat(SignOff.date("二〇一三年三月八日")).contains(LocalDate.of(2013, 3, 8));
        assertThat(SignOff.date("二OO八年十一月十七日")).contains(LocalDate.of(2008, 11, 17));
        assertThat(SignOff.date("二零一一年十一月三日")).contains(LocalDate.of(2011, 11, 3));
        assertThat(SignOff.date("(2012年5月22日)")).contains(LocalDate.of(2012, 5, 22));
    }

    @Test
    void bodyAndDateOnOneSignOffLine() {
        Inference in = infer("第一篇:市教育局创建2010-2011年文明单位工作总结\n正文。\n丹江口市教育局 二0一一年十月十二日\n");
        assertThat(in.date()).isEqualTo(Inference.Value.read(LocalDate.of(2011, 10, 12)));
        assertThat(in.department()).isEqualTo(Inference.Value.read("丹江口市教育局"));
        assertThat(in.year().value()).isEqualTo(2011);
    }

    @Test
    void categoryPeriodAndYearFromTheTitlesWords() {
        Inference in = infer("第一篇:县教育和科技局2006年上半年工作总结\n正文。\n");
        assertThat(in.category()).isEqualTo(Inference.Value.read(Category.HALF_YEAR_SUMMARY));
        assertThat(in.period()).isEqualTo(Inference.Value.read(Period.FIRST_HALF));
        assertThat(in.year()).isEqualTo(Inference.Value.read(2006));
        assertThat(in.department()).isEqualTo(Inference.Value.read("县教育和科技局"));
        assertThat(infer("教育局第三季度工作汇报\n正文。\n").period()).isEqualTo(Inference.Value.read(Period.Q3));
        assertThat(infer("XXX教育局2013年春季开学情况汇报\n正文。\n").period()).isEqualTo(Inference.Value.read(Period.SPRING_TERM));
    }

    @Test
    void whatCannotBeReadIsFilledForTheDraftAndSaidSoInTheFile() {
        Inference in = infer("第2篇 某某工作情况\n正文。\n");
        assertThat(in.date()).isEqualTo(Inference.Value.fallback(Inferences.TODAY));
        assertThat(in.category().read()).isFalse();
        assertThat(in.department()).isEqualTo(Inference.Value.fallback("宿松县教育局"));
        String text = new ReportText().of(in, Disclosure.NONE, "正文。\n");
        assertThat(text).contains("date: 2026-01-02  # 未能从原文读出：落款中没有日期")
                .contains("category: 工作汇报  # 未能从原文读出：")
                .contains("department: \"宿松县教育局\"  # 未能从原文读出：")
                .contains("draft: true");
    }

    @Test
    void theCommandLineGivesCategoryAndDepartment() {
        Draft draft = TextImport.drafts("某某工作情况\n正文。\n").get(0);
        Inference in = Inference.of(draft, new Inference.Given(Optional.of(Category.SPECIAL_REPORT), Optional.of("宿松县教育局"),
                "别的局", Inferences.TODAY, "x"));
        assertThat(in.category()).isEqualTo(Inference.Value.read(Category.SPECIAL_REPORT));
        assertThat(in.department()).isEqualTo(Inference.Value.read("宿松县教育局"));
    }

    @Test
    void aSiteWithAnIndexPatternGetsAnEmptyIndexToAssign() {
        Disclosure disclosure = new Disclosure(true, "A0001", "{org_code}/{year}-{seq:5}", "", List.of(), 6);
        String text = new ReportText().of(Inferences.sample(), disclosure, "正文。\n");
        assertThat(text).contains("index: \"\"  # 索引号：请运行 gongkai index assign")
                .contains("subject: \"\"  # 主题分类：请从 招生录取、教育收费");
    }
}
