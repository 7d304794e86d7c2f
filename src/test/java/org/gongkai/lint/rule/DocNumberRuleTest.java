package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocNumberRuleTest {

    private static List<Finding> docNumbers(String body) {
        return LintRun.ofKind(LintRun.body(body), DocNumberRule.KIND);
    }

    @Test
    void wronglyWrittenDocumentNumbersAreReportedWithTheCorrectForm() {
        String body = """
                按照《关于推荐文明单位的通知》（丹文明委[2011]11号）要求。

                根据（杜教（2013）1号）文件。

                根据宿价〔11〕18号文件。

                根据宿价〔2011〕第18号文件。

                根据（〔2011〕18号）文件。

                印发了《通知》（杜教〔2014〕9号）。

                根据宿价〔2011〕18文件。
                """;
        List<Finding> found = docNumbers(body);

        assertThat(LintRun.shown(found)).containsExactly(
                "10:17 [doc-number] 文号 「丹文明委[2011]11号」 uses [] instead of 〔〕",
                "12:4 [doc-number] 文号 「杜教（2013）1号」 uses （） instead of 〔〕",
                "14:3 [doc-number] 文号 「宿价〔11〕18号」 has a 2-digit year",
                "16:3 [doc-number] 文号 「宿价〔2011〕第18号」 has 第 before its number",
                "18:4 [doc-number] 文号 「〔2011〕18号」 has no 机关代字 before the year",
                "20:9 [doc-number] 文号 「杜教〔2014〕9号」 is dated 2014, after the report itself (2013)",
                "22:5 [doc-number] 文号 「〔2011〕18」 has no 号 after its number");
        assertThat(found.get(0).problem().hint()).contains("丹文明委〔2011〕11号");
        assertThat(found.get(2).problem().hint()).contains("宿价〔2011〕18号");
    }

    @Test
    void wellFormedDocumentNumbersAndLookalikesAreNotReported() {
        String body = """
                按照《关于开展春季安全检查的通知》（杜教〔2013〕9号）和国发〔2008〕25号文件执行。

                住在5号楼（2013）3号房间的同学。

                德教科字〔XX〕13号的通知。
                """;

        assertThat(docNumbers(body)).isEmpty();
    }
}
