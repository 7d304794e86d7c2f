package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.lint.PunctuationFix;
import org.junit.jupiter.api.Test;

/** The joining and splitting rules (domain notes §6.5, §6.6), each on an excerpt of the seeds. */
class UnwrapTest {

    private static String markdown(String... lines) {
        return new PunctuationFix().fix(MarkdownBody.of(Outline.blocks(Unwrap.lines(List.of(lines)))));
    }

    @Test
    void aLineCutInsideAWordIsJoined() {
        assertThat(Unwrap.lines(List.of("2006上半年,我局紧紧围绕县委、县政府的中心工作,使各项工作得到顺", "利开展,现将有关情况总结如下:")))
                .containsExactly("2006上半年,我局紧紧围绕县委、县政府的中心工作,使各项工作得到顺利开展,现将有关情况总结如下:");
    }

    @Test
    void aLineCutInsideANumberOrADateIsJoined() {
        assertThat(Unwrap.lines(List.of("首先是配合县委发出通知。目前,小学阶段巩固", "率达99.5以上。"))).hasSize(1);
        assertThat(Unwrap.lines(List.of("受地震影响停课的学校于6月23", "日,全市138万中小学生全面复学。")))
                .containsExactly("受地震影响停课的学校于6月23日,全市138万中小学生全面复学。");
        // 004:491–493: the tail 「11、」 of a year looks like item 11
        assertThat(markdown("学前教育三年行动计划实施以来,我区20", "11、2012年已完成改扩建幼儿园11所。"))
                .isEqualTo("学前教育三年行动计划实施以来，我区2011、2012年已完成改扩建幼儿园11所。\n");
    }

    @Test
    void aSpaceInsideANumberGoes() {
        assertThat(Unwrap.lines(List.of("全区已建成 1 5所A类看护点。"))).containsExactly("全区已建成 15所A类看护点。");
        assertThat(Unwrap.lines(List.of("城关小学 120 130元,实验小学 2.1 0。"))).containsExactly("城关小学 120 130元,实验小学 2.1 0。");
    }

    @Test
    void aHeadingCutAfterACharacterIsJoined() {
        assertThat(markdown("(一)理", "清思路,明确重点,扎实开展各项工作。", "今年以来,我局继续紧紧围绕中心工作。"))
                .isEqualTo("### （一）理清思路，明确重点，扎实开展各项工作\n\n今年以来，我局继续紧紧围绕中心工作。\n");
    }

    @Test
    void closedLinesShortLinesAndHeadingsAreNotJoined() {
        assertThat(Unwrap.lines(List.of("一、主要工作开展情况", "(一)加强思想理论武装,强化了思想政治工作", "努力推进学习型党组织建设。",
                "金秀瑶族自治县教育和科技局", "2006年6月29日"))).hasSize(5);
    }

    @Test
    void aHeadingMergedIntoTheParagraphBeforeIsSplitOff() {
        // 000:46 and 000:154
        assertThat(markdown("(一)加强思想理论武装", "党员干部思想道德修养进一步提高。(二)加强领导班子建设。局机关均配足配齐。"))
                .isEqualTo("### （一）加强思想理论武装\n\n党员干部思想道德修养进一步提高。\n\n### （二）加强领导班子建设\n\n局机关均配足配齐。\n");
        assertThat(markdown("一、主要工作", "走出了一条新路子,二、存在的主要困难和问题", "今年以来,我县教育工作仍然存在许多困难。"))
                .contains("走出了一条新路子，\n\n## 二、存在的主要困难和问题\n\n今年以来");
    }

    @Test
    void numbersInsideASentenceAreNotHeadings() {
        assertThat(markdown("一、成绩", "80余项科研成果分别获二、三等奖,其中一项获奖。"))
                .isEqualTo("## 一、成绩\n\n80余项科研成果分别获二、三等奖，其中一项获奖。\n");
    }

    @Test
    void aHeadingRunIntoItsParagraphIsSplitOff() {
        assertThat(markdown("(二)业务工作实绩显著。经济效益稳步提高,服务质量优良。"))
                .isEqualTo("### （二）业务工作实绩显著\n\n经济效益稳步提高，服务质量优良。\n");
        assertThat(markdown("(一)立足教育抓党建,提高党员干部的综合素质 坚持把建设学习型党组织作为首要任务。"))
                .isEqualTo("### （一）立足教育抓党建，提高党员干部的综合素质\n\n坚持把建设学习型党组织作为首要任务。\n");
        // 004:11: an ASCII full stop ends the heading
        assertThat(markdown("一、加强培养,提升教师队伍的业务素质.一个幼儿园的发展离不开教师。"))
                .isEqualTo("## 一、加强培养，提升教师队伍的业务素质\n\n一个幼儿园的发展离不开教师。\n");
    }

    @Test
    void punctuationInChineseTextBecomesFullWidthButNotInNumbersUrlsOrDocumentNumbers() {
        String text = new ReportText().of(Inferences.sample(), org.gongkai.model.Disclosure.NONE,
                MarkdownBody.of(Outline.blocks(List.of("根据《宿价〔2012〕21号》文件,每生每期收取1,200元(含书本费);详见http://www.example.gov.cn/a,b 网站。"))));
        assertThat(text).contains("根据《宿价〔2012〕21号》文件，每生每期收取1,200元（含书本费）；详见http://www.example.gov.cn/a,b 网站。");
    }
}
