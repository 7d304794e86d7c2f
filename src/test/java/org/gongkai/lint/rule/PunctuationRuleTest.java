package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;
import org.gongkai.lint.PunctuationFix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PunctuationRuleTest {

    private static List<Finding> punctuation(String body) {
        return LintRun.ofKind(LintRun.body(body), PunctuationRule.KIND);
    }

    @Test
    void asciiMarksInChineseTextAreReportedOncePerLine() {
        List<Finding> found = punctuation("(一)加强领导,强化管理;现将情况汇报如下:\n\n这样做对吗?太好了!\n\n提升教师队伍的业务素质.一个幼儿园\n");

        assertThat(LintRun.shown(found)).containsExactly(
                "10:1 [punctuation] ASCII punctuation in Chinese text: 「(」→「（」, 「)」→「）」, 「,」→「，」, 「;」→「；」, "
                        + "「:」→「：」 (5 marks on this line)",
                "12:6 [punctuation] ASCII punctuation in Chinese text: 「?」→「？」, 「!」→「！」 (2 marks on this line)",
                "14:12 [punctuation] ASCII punctuation in Chinese text: 「.」→「。」");
    }

    @Test
    void numbersAddressesCodeLatinTextAndDocumentNumbersAreLeftAlone() {
        String body = """
                共1,749.375万元，每天晚上4:00开始，比例3:1。

                详见 [通知](https://jyj.example.gov.cn/a,b(1).html) 和 https://example.gov.cn/x?a=1。

                代码 `a, b; c` 不检查，使用 Java (JDK 17) 编译。

                ```
                原文,原文;原文
                ```

                根据丹文明委[2011]11号文件。

                | 项目 | 说明 |
                |---|:---|
                | 学费 | 本学期 |

                收费标准（元）：600.00元。
                """;

        assertThat(punctuation(body)).isEmpty();
    }

    @Test
    void fixRewritesTheMarksButNotTheFrontMatterNumbersOrAddresses() {
        String text = """
                ---
                title: "报告"
                summary: "一,二"
                ---

                (一)加强领导,强化管理:共1,000人。详见 https://a.example/x,y 。
                """;

        assertThat(new PunctuationFix().fix(text)).isEqualTo("""
                ---
                title: "报告"
                summary: "一,二"
                ---

                （一）加强领导，强化管理：共1,000人。详见 https://a.example/x,y 。
                """);
        assertThat(new PunctuationFix().fix("没有问题。\n")).isEqualTo("没有问题。\n");
    }
}
