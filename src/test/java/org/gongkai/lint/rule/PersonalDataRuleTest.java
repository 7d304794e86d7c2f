package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.LintRun;

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
                program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes
                国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,联系人13800138000
                """)), PersonalDataRule.KIND);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.position().toString()).isEqualTo("content/data/aid.csv:2:64");
            assertThat(f.field()).isEqualTo("notes");
            assertThat(f.problem().message()).startsWith("column notes: 「138****8000」");
        });
    }

    /** The rules scan the text the loader decoded: CRLF line ends and a GBK file give the same line and column. */
    @Test
    void dataFilesSavedWithCrlfOrAsGbkAreScannedAtTheSamePosition() {
        String csv = "program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,"
                + "kind,approximate,as_of,notes\r\n国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,"
                + "联系人13800138000\r\n";
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_8,
                java.nio.charset.Charset.forName("GB18030"))) {
            List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig("")
                    .file("content/data/aid.csv", csv.getBytes(charset))), PersonalDataRule.KIND);

            assertThat(found).as(charset.name()).singleElement().satisfies(f -> {
                assertThat(f.position().toString()).isEqualTo("content/data/aid.csv:2:64");
                assertThat(f.field()).isEqualTo("notes");
            });
        }
    }

    @Test
    void publicComplaintNumbersInFeesAreNotPersonalDataButNotesAre() {
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig("""
                -- content/data/fees.csv --
                school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes
                宿松县实验小学,小学,2011-2012,全学年,杂费,行政事业性收费,0.00,元/生·学期,免收,否,2011-09-01,2012-08-31,《国务院关于做好免除城市义务教育阶段学生学杂费工作的通知》,国发〔2008〕25号,国务院,13912345678,12358,联系人13800138000
                """)), PersonalDataRule.KIND);

        assertThat(found).extracting(Finding::field).containsExactly("notes");
    }

    /**
     * Only lines with a long number outside the public columns are scanned; what is found, and where, is what a
     * scan of the whole file finds: quoted fields over several lines, numbers at a line's end, IDs and cards.
     */
    @Test
    void dataFileFindingsAreThoseOfTheWholeText() {
        java.util.function.Function<String, String> row = item -> "宿松县实验小学,小学,2011-2012,全学年," + item
                + ",行政事业性收费,0.00,元/生·学期,免收,否,2011-09-01,2012-08-31,《通知》,国发〔2008〕25号,国务院,";
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig("""
                -- content/data/fees.csv --
                school,stage,school_year,term,item,fee_type,amount,unit,status,voluntary,effective_from,effective_to,basis_doc,basis_doc_no,approving_authority,complaint_phone,price_hotline,notes
                """ + row.apply("杂费") + "13912345678,0556-1001001,无\n"
                + row.apply("课本费") + "13912345678,12358,\"第一行，\n联系人13800138000，身份证11010519491231002X\"\n"
                + row.apply("作业本费") + "0556-1001001,12358,\"卡号6222 0212 3456 7894,\"\"13800138001\"\"\"\n"
                + row.apply("保险费") + "0556-1001001,12358,\"共13800138000\n元\"\n")), PersonalDataRule.KIND);

        assertThat(LintRun.shown(found)).containsExactly(
                "4:4 [personal-data] column school: 「138****8000」 is a mobile phone number",
                "4:19 [personal-data] column school: 「110105********002X」 is a resident ID number (身份证号)",
                "5:121 [personal-data] column notes: 「622202******7894」 looks like a bank card number",
                "5:143 [personal-data] column notes: 「138****8001」 is a mobile phone number");
    }

    @Test
    void xlsxDataFilesAreScannedByRow() {
        List<Object> header = List.of((Object[]) "program,stage,region,year,term,recipients,recipient_unit,amount_wan,per_capita_standard,funding_level,kind,approximate,as_of,notes".split(","));
        List<Object> row = List.of((Object[]) "国家助学金,中等职业教育,宿松县,2011,全年,2795,人,200,,中央和地方,助学金,是,2011-12-30,联系人13800138000".split(",", -1));
        List<Finding> found = LintRun.ofKind(LintRun.site(TestSite.withConfig("")
                .file("content/data/aid.xlsx", workbook(List.of(header, row)))), PersonalDataRule.KIND);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.position().toString()).isEqualTo("content/data/aid.xlsx:2");
            assertThat(f.field()).isEqualTo("notes");
        });
    }

    private static byte[] workbook(List<List<Object>> rows) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(bytes, "Test", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c).toString();
                    if (!value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
