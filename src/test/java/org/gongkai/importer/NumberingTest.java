package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.lint.PunctuationFix;
import org.junit.jupiter.api.Test;

/** Every heading and list style of the seeds (domain notes §1.1), read from inline excerpts. */
class NumberingTest {

    private static List<String> markdown(String... lines) {
        return List.of(new PunctuationFix().fix(MarkdownBody.of(Outline.blocks(Unwrap.lines(List.of(lines))))).split("\n"));
    }

    @Test
    void chineseNumbersWithAPauseMarkAreSectionHeadings() {
        assertThat(markdown("一、上半年工作完成情况", "十一、其他工作")).containsExactly("## 一、上半年工作完成情况", "", "## 十一、其他工作");
    }

    @Test
    void parenthesisedNumbersInEveryStyleAreSubsectionHeadings() {
        assertThat(markdown("(一)加强思想理论武装", "(二)、加强师资队伍建设,提高队伍素质", "（三）做好控辍保学工作", "㈣ 存在问题",
                "(十一)中小学现代教育信息得到健康发展"))
                .containsExactly("### （一）加强思想理论武装", "", "### （二）加强师资队伍建设，提高队伍素质", "",
                        "### （三）做好控辍保学工作", "", "### （四）存在问题", "", "### （十一）中小学现代教育信息得到健康发展");
    }

    @Test
    void enclosedIdeographsCountOnToTen() {
        assertThat(Numbering.at("㈩ 学校安全").orElseThrow().number()).isEqualTo(10);
        assertThat(Numbering.at("㈠目标明确").orElseThrow().level()).isEqualTo(3);
    }

    @Test
    void arabicNumbersInEveryStyleAreListItems() {
        assertThat(markdown("1、抓好校长培训。", "2、强化教学管理。")).containsExactly("1. 抓好校长培训。", "2. 强化教学管理。");
        assertThat(markdown("1.制定规划,完善方案。", "2.认真做好调查摸底工作。")).containsExactly("1. 制定规划，完善方案。", "2. 认真做好调查摸底工作。");
        assertThat(markdown("⒈坚持组织人员深入学校。", "⒉紧抓教育教学质量。")).containsExactly("1. 坚持组织人员深入学校。", "2. 紧抓教育教学质量。");
        assertThat(markdown("⑴加强领导。", "⑵落实责任。")).containsExactly("1. 加强领导。", "2. 落实责任。");
        assertThat(markdown("1)、继续加强院内重点学科建设。", "2)、加快人才培养步伐。"))
                .containsExactly("1. 继续加强院内重点学科建设。", "2. 加快人才培养步伐。");
        assertThat(markdown("(1)健全制度。", "(2)明确分工。")).containsExactly("1. 健全制度。", "2. 明确分工。");
    }

    @Test
    void aNumberThatDoesNotFollowOnIsText() {
        // 000:10–11: 「2、3月份」 after item 2 is February and March, not a second item 2
        assertThat(markdown("1、抓好校长培训。", "2、强化教学管理。", "2、3月份共组织中高考备考会议5次。"))
                .containsExactly("1. 抓好校长培训。", "2. 强化教学管理。", "", "2、3月份共组织中高考备考会议5次。");
        assertThat(markdown("7、8月份,组织小学近1500名学科教师参加新课程培训。")).containsExactly("7、8月份，组织小学近1500名学科教师参加新课程培训。");
    }

    @Test
    void anItemNumberGluedToAMonthIsReadWhenItIsTheNumberExpected() {
        // 000:81–83: 「1.6月份」 is item 1 about June; a decimal 1.6 would not be followed by 月
        assertThat(markdown("1.6月份,面向区内外公开招聘教师。", "2.继续开展竞争上岗。", "3.9月份,再向全县公开招聘30名中小学教师。"))
                .containsExactly("1. 6月份，面向区内外公开招聘教师。", "2. 继续开展竞争上岗。", "3. 9月份，再向全县公开招聘30名中小学教师。");
    }

    @Test
    void decimalsAndSectionNumbersOfPapersAreNotItems() {
        assertThat(Numbering.at("2.1 缺乏经费")).isEmpty();
        assertThat(Numbering.at("2006年,县教育和科技局")).isEmpty();
    }

    @Test
    void chineseNumeralsBothWays() {
        assertThat(Numbering.number("十三")).contains(13);
        assertThat(Numbering.number("二十")).contains(20);
        assertThat(Numbering.chinese(11)).isEqualTo("十一");
        assertThat(Numbering.chinese(20)).isEqualTo("二十");
    }
}
