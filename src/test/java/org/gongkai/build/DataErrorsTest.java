package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Every kind of data-file mistake is reported at its cell, file:line:column, naming the column (issue 4). */
class DataErrorsTest {

    private static List<String> errors(String txtar) {
        return TestSite.withConfig(txtar).buildExpectingFailure().problems().stream()
                .filter(Problem::isError).map(Problem::format).toList();
    }

    private static List<String> warnings(BuiltSite site) {
        return site.result().notices().stream().filter(p -> p.severity() == Severity.WARNING).map(Problem::format).toList();
    }

    @Test
    void amountWithAUnitIsAnErrorAtItsCellWithTheValueToWrite() {
        assertThat(errors(file("fees.csv", FEES_HEADER, FEE, with(with(FEE, 5, "学费"), 7, "600元"))))
                .containsExactly("content/data/fees.csv:3:7: amount 「600元」 is not an amount in 元\n  hint: write 600.00");
    }

    @Test
    void decimalCommaIsAnError() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 7, "12,5"))))
                .singleElement().asString()
                .startsWith("content/data/fees.csv:2:7: amount 「12,5」 uses a decimal comma")
                .contains("hint: write a decimal point: 12.5");
    }

    @Test
    void moreThanTwoDecimalsInYuanIsAnError() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 7, "240.005"))))
                .singleElement().asString().startsWith("content/data/fees.csv:2:7: amount 「240.005」 has more than two decimals");
    }

    @Test
    void missingAndUnknownHeaderColumnsAreNamed() {
        String header = FEES_HEADER.replace(",notes", "").replace("amount,", "金额,");
        List<String> errors = errors(file("fees.csv", header, FEE.substring(0, FEE.lastIndexOf(','))));

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/data/fees.csv:1:7: unknown column 「金额」")
                .contains("hint: the columns are: school,stage,"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/data/fees.csv:1: the header has no column amount, notes"));
    }

    @Test
    void aMisspeltColumnIsOneErrorNamingTheColumnMeant() {
        String header = FEES_HEADER.replace(",notes", ",note").replace(",unit,", ",uint,");

        assertThat(errors(file("fees.csv", header, FEE))).containsExactly(
                "content/data/fees.csv:1:8: column 「uint」 is misspelt: it should be unit\n  hint: change it to unit in the header",
                "content/data/fees.csv:1:18: column 「note」 is misspelt: it should be notes\n  hint: change it to notes in the header");
    }

    @Test
    void wrongColumnCountNamesTheLine() {
        assertThat(errors(file("fees.csv", FEES_HEADER, FEE, FEE + ",多余", FEE.substring(0, FEE.lastIndexOf(',')))))
                .containsExactly(
                        "content/data/fees.csv:3:19: the row has 19 values, the header has 18 columns\n"
                                + "  hint: a value with a comma must be in double quotes (\"1,200.00\"); otherwise delete the extra values",
                        "content/data/fees.csv:4: the row has 17 values, the header has 18 columns\n"
                                + "  hint: every row has one value per column, empty ones too: check for a missing comma");
    }

    /** Jackson says these in English and, for the open quote, at the end of the file; ours say where. */
    @Test
    void quoteMistakesAreReportedAtTheQuote() {
        String open = FEE.substring(0, FEE.indexOf(',') + 1) + "\"" + FEE.substring(FEE.indexOf(',') + 1);
        assertThat(errors(file("fees.csv", FEES_HEADER, FEE, open, FEE)))
                .containsExactly("content/data/fees.csv:3:" + (FEE.indexOf(',') + 2) + ": this double quote 「\"」 is never closed:"
                        + " everything from here to the end of the file reads as one value\n"
                        + "  hint: add the closing double quote at the end of the value; if the quote is part of the value,"
                        + " put the whole value in double quotes and double the quotes inside (\"\")");
        String after = "\"宿松中学\"一部" + FEE.substring(FEE.indexOf(','));
        assertThat(errors(file("fees.csv", FEES_HEADER, after))).singleElement().asString()
                .startsWith("content/data/fees.csv:2:7: 「一」 follows the closing quote of a value, where a comma or a line end belongs");
    }

    /**
     * The rows are checked in chunks on several threads; an item given twice is still found across chunks, also
     * when its first row has an error of its own, and pointed at with the line of the first.
     */
    @Test
    void anItemGivenTwiceIsAnErrorNamingTheFirstLineAcrossALargeTable() {
        List<String> rows = new java.util.ArrayList<>();
        rows.add(FEES_HEADER);
        for (int i = 0; i < 2500; i++) {
            rows.add(with(FEE, 1, "第" + i + "中学")); // row i is on line i + 2
        }
        rows.set(10 - 1, with(with(FEE, 1, "第8中学"), 7, "240元"));
        rows.set(1502 - 1, with(FEE, 1, "第1中学"));
        rows.set(2400 - 1, with(FEE, 1, "第8中学"));

        assertThat(errors(file("fees.csv", rows.toArray(String[]::new)))).containsExactly(
                "content/data/fees.csv:10:7: amount 「240元」 is not an amount in 元\n  hint: write 240.00",
                "content/data/fees.csv:1502:5: item 「住宿费」 of 第1中学 (普通高中) for 2012-2013 全学年 is given twice (also on line 3)\n"
                        + "  hint: delete one of the two rows, or correct the stage or the term",
                "content/data/fees.csv:2400:5: item 「住宿费」 of 第8中学 (普通高中) for 2012-2013 全学年 is given twice (also on line 10)\n"
                        + "  hint: delete one of the two rows, or correct the stage or the term");
    }

    @Test
    void emptyRequiredColumnIsAnError() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 1, ""))))
                .containsExactly("content/data/fees.csv:2:1: school is empty\n  hint: every row needs a school, e.g. 宿松中学");
    }

    @Test
    void valueOutsideAClosedSetListsTheAllowedValues() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 2, "高中"))))
                .containsExactly("content/data/fees.csv:2:2: stage 「高中」 is not one of the allowed values\n"
                        + "  hint: use one of: 学前教育、小学、初中、普通高中、中等职业教育、特殊教育");
    }

    @Test
    void dateThatIsNotADateGivesTheIsoDate() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 11, "二0一二年九月一日"))))
                .containsExactly("content/data/fees.csv:2:11: effective_from 「二0一二年九月一日」 is not a date in the form YYYY-MM-DD\n"
                        + "  hint: write 2012-09-01");
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 11, "2012-02-30"))))
                .singleElement().asString().startsWith("content/data/fees.csv:2:11: effective_from 「2012-02-30」 is not a date");
    }

    @Test
    void schoolYearMustBeTwoConsecutiveYears() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 3, "2012-2014"), with(FEE, 3, "2012"))))
                .containsExactly(
                        "content/data/fees.csv:2:3: school_year 「2012-2014」 is not a school year (YYYY-YYYY, consecutive years)\n"
                                + "  hint: write two consecutive years joined by -, e.g. 2012-2013",
                        "content/data/fees.csv:3:3: school_year 「2012」 is not a school year (YYYY-YYYY, consecutive years)\n"
                                + "  hint: write two consecutive years joined by -, e.g. 2011-2012");
    }

    @Test
    void validityThatEndsBeforeItStartsIsAnError() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 12, "2012-08-31"))))
                .singleElement().asString()
                .startsWith("content/data/fees.csv:2:12: effective_to 2012-08-31 is before effective_from 2012-09-01");
    }

    @Test
    void levelSplitThatDoesNotAddUpIsAnErrorWithTheSum() {
        String row = with(with(with(with(PROJECT, 9, "6000"), 10, "2356"), 12, "1666"), 13, "2214");
        assertThat(errors(file("projects.csv", PROJECTS_HEADER, row)))
                .containsExactly("content/data/projects.csv:2:9: total_wan 6000 is not the sum of the split by level: "
                        + "central_wan 2356 + municipal_wan 1666 + county_wan 2214 = 6236\n"
                        + "  hint: correct the total or the split; leave a level empty when the source does not give it");
    }

    @Test
    void amountWithoutItsKindAndCountWithoutItsUnitAreErrors() {
        assertThat(errors(file("projects.csv", PROJECTS_HEADER, with(with(PROJECT, 17, ""), 20, ""))))
                .extracting(e -> e.substring(0, e.indexOf(": ")))
                .containsExactly("content/data/projects.csv:2:17", "content/data/projects.csv:2:20");
        assertThat(errors(file("aid.csv", AID_HEADER, with(AID, 7, ""))))
                .singleElement().asString()
                .startsWith("content/data/aid.csv:2:7: recipient_unit is empty but recipients is given");
    }

    @Test
    void complaintPhoneIsRequiredWhenSiteYamlHasNone() {
        assertThat(errors(file("fees.csv", FEES_HEADER, with(FEE, 16, ""))))
                .singleElement().asString()
                .startsWith("content/data/fees.csv:2:16: complaint_phone is empty and site.yaml has no complaint_phone");
    }

    @Test
    void everyProblemOfEveryFileIsListedAtOnce() {
        List<String> errors = errors(file("fees.csv", FEES_HEADER, with(FEE, 7, "600元"), with(with(FEE, 5, "学费"), 9, "收"))
                + file("aid.csv", AID_HEADER, with(AID, 8, "331.71万元")));

        assertThat(errors).extracting(e -> e.substring(0, e.indexOf(": ")))
                .containsExactly("content/data/aid.csv:2:8", "content/data/fees.csv:2:7", "content/data/fees.csv:3:9");
    }

    @Test
    void whatExcelAndWpsDoIsReadWithAWarningNamingTheCell() {
        String row = with(with(with(with(FEE, 8, "元/生.学期"), 11, "2012/9/1"), 1, " 宿松中学 "), 7, "1,200.00");
        BuiltSite site = TestSite.withConfig(file("fees.csv", FEES_HEADER, row, with(with(FEE, 5, "学费"), 7, "600"))).build();

        assertThat(warnings(site)).containsExactly(
                "content/data/fees.csv:2:1: school 「 宿松中学 」 has stray spaces; read as 「宿松中学」\n"
                        + "  hint: delete the spaces at the start or end of the cell",
                "content/data/fees.csv:2:7: amount 「1,200.00」 has thousands separators; read as 1200.00\n"
                        + "  hint: write 1200.00 (without the commas Excel adds when the cell is formatted as 「千位分隔」)",
                "content/data/fees.csv:2:8: unit 「元/生.学期」 read as 元/生·学期\n  hint: write the middle dot · (U+00B7): 元/生·学期",
                "content/data/fees.csv:2:11: effective_from 「2012/9/1」 read as 2012-09-01\n"
                        + "  hint: write dates as YYYY-MM-DD (Excel and WPS rewrite them as 2012/9/1 when they save a CSV)",
                "content/data/fees.csv:3:7: amount 「600」 is written without two decimals; read as 600.00\n"
                        + "  hint: write 600.00 (Excel drops the decimals unless the cell is formatted as a number with 2 decimals)");
        var table = site.page("fees/index.html").selectFirst("table.fees");
        assertThat(table.select("tbody tr th").eachText()).containsExactly("住宿费", "学费");
        assertThat(table.select("td.amount").eachText()).containsExactly("1200.00", "600.00");
        assertThat(table.select("tbody tr").first().text()).contains("元/生·学期", "2012年9月1日至2013年8月31日");
    }

    @Test
    void malformedDocumentNumbersAreWarningsWithTheCorrectedForm() {
        BuiltSite site = TestSite.withConfig(file("fees.csv", FEES_HEADER, with(FEE, 14, "宿价〔〕号"),
                with(with(FEE, 5, "学费"), 14, "宿价[2012]21号"))).build();

        assertThat(warnings(site)).containsExactly(
                "content/data/fees.csv:2:14: basis_doc_no 「宿价〔〕号」 is not a 文号 of the form 机关代字〔YYYY〕N号\n"
                        + "  hint: write 机关代字〔YYYY〕N号 with the year and number filled in, e.g. 宿价〔2011〕18号; "
                        + "leave the cell empty if the document has no 文号",
                "content/data/fees.csv:3:14: basis_doc_no 「宿价[2012]21号」 is not a 文号 of the form 机关代字〔YYYY〕N号\n"
                        + "  hint: write 宿价〔2012〕21号, with the brackets 〔〕 (U+3014, U+3015)");
    }

    @Test
    void twoTablesForOneDatasetAreAnError() {
        assertThat(errors(file("fees.csv", FEES_HEADER, FEE) + file("fees.xlsx", "not really a workbook")))
                .anySatisfy(e -> assertThat(e).startsWith("content/data/fees.xlsx: there are two fees tables"));
    }
}
