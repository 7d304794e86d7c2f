package org.gongkai.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Severity;
import org.gongkai.testing.TestSite;

class PersonalDataRuleTest {

    private static List<Finding> personal(String body) {
        return LintRun.ofKind(LintRun.body(body), PersonalDataRule.KIND);
    }

    @Test
    void idCardMobileAndBankCardNumbersAreErrorsWithMaskedDigits() {
        List<Finding> found = personal("""
                困难学生张三，身份证号11010519491231002X，联系电话138-0013-8000。

                补助发放至银行卡6222 0212 3456 7894。
                """);

        assertThat(LintRun.shown(found)).containsExactly(
                "10:12 [personal-data] 「110105********002X」 is a resident ID number (身份证号)",
                "10:35 [personal-data] 「138****8000」 is a mobile phone number",
                "12:9 [personal-data] 「622202******7894」 looks like a bank card number");
        assertThat(found).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void hotlinesOfficeNumbersAmountsAndInvalidNumbersAreNotPersonalData() {
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.of("""
                -- content/site.yaml --
                title: 测试
                bureau: 测试县教育局
                contacts:
                  phone: "13912345678"
                -- content/reports/r.md --
                """ + LintRun.FRONT_MATTER + """
                价格举报电话12358，投诉电话0556-1001001，局长热线13912345678。

                身份证号110105194912310021的校验位不对，不是身份证号；银行卡6222021234567890不通过校验。

                共筹措资金13800138000元。
                """)), PersonalDataRule.KIND);

        assertThat(found).isEmpty();
    }

    @Test
    void dataFilesAreScannedAndTheColumnIsNamed() {
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig("""
                -- content/data/aid.csv --
                program,region,year,notes
                国家助学金,宿松县,2011,联系人13800138000
                """)), PersonalDataRule.KIND);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.position().toString()).isEqualTo("content/data/aid.csv:2:19");
            assertThat(f.field()).isEqualTo("notes");
            assertThat(f.problem().message()).startsWith("column notes: 「138****8000」");
        });
    }
}
