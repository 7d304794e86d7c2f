package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

    private static List<Finding> placeholders(String body) {
        return LintRun.ofKind(LintRun.body(body), PlaceholderRule.KIND);
    }

    @Test
    void xxBeforeAPlaceNameIsReportedWithItsColumn() {
        List<Finding> found = placeholders("43名教师获XX市班主任技能大赛总决赛一、二等奖。\n");

        assertThat(LintRun.shown(found)).containsExactly("10:7 [placeholder] 「XX市」 looks like an unfilled placeholder");
        assertThat(found.get(0).problem().hint()).isNotEmpty();
    }

    @Test
    void everyFormOfUnfilledTextIsFound() {
        String body = """
                为××年实现“两基”达标目标打好基础。

                根据201X述职评议考核中指出的问题，进行整改。

                拍石头乡中心小学张锦文被评为20**年河南十大教育新闻人物。

                已经下发两免一补资金***元，享受省免杂费的学生有***人。

                进一步构建和谐##。

                以邓小平理论和“xxxx”重要思想为指导。

                反对“”、反对“三股势力”。

                还出台了《关于印发的通知》。

                以上教育局文秘工作汇报范是由文秘网整理。

                某某学校报名人数□□人。
                """;
        List<Finding> found = placeholders(body);

        assertThat(found).extracting(f -> f.position().line())
                .containsExactly(10, 12, 14, 16, 16, 18, 20, 22, 24, 26, 28, 28);
    }

    @Test
    void aDocumentNumberWithPlaceholdersIsOneFinding() {
        List<Finding> found = placeholders("出台了《德保县“普九”迎检工作方案》（德办发〔XX〕24号）和（云发[]18号）、（x教高[XX]2号）。\n");

        assertThat(LintRun.shown(found)).containsExactly(
                "10:24 [placeholder] 文号 「德办发〔XX〕24号」 is not filled in",
                "10:35 [placeholder] 文号 「云发[]18号」 is not filled in",
                "10:43 [placeholder] 文号 「x教高[XX]2号」 is not filled in");
    }

    @Test
    void ordinaryTextThatLooksSimilarIsNotAPlaceholder() {
        String body = """
                **收费管理情况。**本学期严格按照规定收费，详见**附表**。

                “5·12”汶川地震后，我们开展了捐助；价格举报电话12358。

                教室面积为8×9平方米，XXL号校服已发放；XX世纪末已普及。

                - [ ] 待办事项

                访问 https://example.gov.cn/xx/XX/index.html 查看。

                代码 `XX` 不会被检查。
                """;

        assertThat(placeholders(body)).isEmpty();
    }

    @Test
    void yamlCommentsNeverProduceFindingsButFrontMatterValuesDo() {
        List<Finding> found = LintRun.ofKind(LintRun.report("""
                ---
                # 说明：XX市的占位符写在注释里，不应报告
                title: "201X年教育科技局党建工作总结"
                date: 2016-12-30
                year: 2016
                period: 全年
                category: 年度总结
                department: 教育科技局  # XX 注释
                summary: "XX幼儿园通过评估。"
                ---

                2016年工作情况。
                """), PlaceholderRule.KIND);

        assertThat(LintRun.shown(found)).containsExactly(
                "3:9 [placeholder] 「201X年」 looks like an unfilled placeholder",
                "9:11 [placeholder] 「XX幼」 looks like an unfilled placeholder");
    }
}
