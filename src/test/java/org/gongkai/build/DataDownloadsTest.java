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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Every table's rows as CSV (UTF-8 with BOM) and .xlsx, the same bytes in every build (issue 4). */
class DataDownloadsTest {

    private static final String DATA = file("fees.csv", FEES_HEADER, with(FEE, 3, "2011-2012").replace("2012-09-01", "2011-09-01")
            .replace("2013-08-31", "2012-08-31").replace("240.00", "200.00"), FEE)
            + file("projects.csv", PROJECTS_HEADER, PROJECT) + file("aid.csv", AID_HEADER, AID);

    @TempDir
    Path temp;

    @Test
    void downloadsAreLinkedFromTheirTables() {
        BuiltSite site = TestSite.withConfig(DATA).build();

        assertThat(site.page("fees/index.html").select(".downloads a").eachAttr("href")).containsExactly(
                "../fees/2012-2013/fees-2012-2013.csv", "../fees/2012-2013/fees-2012-2013.xlsx", "../fees/fees.csv",
                "../fees/fees.xlsx");
        assertThat(site.page("fees/2011-2012/index.html").select(".downloads a").eachAttr("href"))
                .containsExactly("../../fees/2011-2012/fees-2011-2012.csv", "../../fees/2011-2012/fees-2011-2012.xlsx");
        assertThat(site.page("projects/index.html").select(".downloads a").eachAttr("href"))
                .containsExactly("projects.csv", "projects.xlsx");
        assertThat(site.page("aid/index.html").select(".downloads a").eachAttr("href")).containsExactly("aid.csv", "aid.xlsx");
        for (String path : List.of("fees/fees.csv", "fees/fees.xlsx", "fees/2012-2013/fees-2012-2013.xlsx",
                "projects/projects.xlsx", "aid/aid.csv")) {
            assertThat(site.exists(path)).as(path).isTrue();
        }
    }

    @Test
    void csvIsUtf8WithBomAndCrlfWithTheTableRows() {
        BuiltSite site = TestSite.withConfig(DATA).build();

        byte[] bytes = site.bytes("fees/2012-2013/fees-2012-2013.csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)).containsExactly(
                "学校,学段,学年,学期,收费项目,收费性质,收费标准（元）,计费单位,上学年标准（元）,收取情况,是否自愿,执行起始日期,执行截止日期,"
                        + "收费依据,文号,审批机关,教育收费投诉电话,价格举报电话,备注",
                "宿松中学,普通高中,2012-2013,全学年,住宿费,行政事业性收费,240.00,元/生·学期,200.00,收取,否,2012-09-01,2013-08-31,"
                        + "《关于宿松中学收费标准的批复》,宿价〔2012〕21号,宿松县物价局,0556-1001001,12358,仅向住校生收取",
                "");
        String all = new String(site.bytes("fees/fees.csv"), StandardCharsets.UTF_8);
        assertThat(all.split("\r\n")).hasSize(3);
    }

    @Test
    void xlsxHasTheSameRowsWithAmountsAsNumbers() throws IOException {
        BuiltSite site = TestSite.withConfig(DATA).build();

        List<Row> rows = read(site.bytes("aid/aid.xlsx"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("资助项目");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("高中助学金补助");
        assertThat(rows.get(1).getCellAsNumber(7)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("331.71"));
        assertThat(rows.get(1).getCellText(6)).isEqualTo("人次");
        List<Row> projects = read(site.bytes("projects/projects.xlsx"));
        assertThat(projects.get(1).getCellAsNumber(8)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900"));
    }

    /**
     * Read back with Apache POI, a reader independent of our writer and of fastexcel: amounts are numbers shown
     * with a fixed number of decimals as Excel and WPS show them (issue 12, defect 7); years and counts are plain.
     */
    @Test
    void xlsxAmountsAreNumbersShownWithTheirDecimals() throws IOException {
        String fees = file("fees.csv", FEES_HEADER, with(with(FEE, 5, "学费"), 7, "600"), with(with(FEE, 5, "代办费"), 7, "1200.5"));
        String aid = file("aid.csv", AID_HEADER, with(with(with(AID, 7, "份"), 8, "1749.375"), 11, "贷款"));
        BuiltSite site = TestSite.withConfig(fees + file("projects.csv", PROJECTS_HEADER, PROJECT) + aid).build();
        DataFormatter shown = new DataFormatter(Locale.CHINA);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(site.bytes("fees/fees.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("收费标准（元）");
            Cell amount = sheet.getRow(1).getCell(6);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(600.0);
            assertThat(shown.formatCellValue(amount)).isEqualTo("600.00");
            assertThat(shown.formatCellValue(sheet.getRow(2).getCell(6))).isEqualTo("1,200.50");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(site.bytes("aid/aid.xlsx")))) {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1749.375);
            assertThat(shown.formatCellValue(row.getCell(7))).isEqualTo("1,749.3750"); // 万元 to the 元
            assertThat(shown.formatCellValue(row.getCell(3))).isEqualTo("2012"); // the year, not 2,012.00
            assertThat(shown.formatCellValue(row.getCell(5))).isEqualTo("4330"); // a count
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(site.bytes("projects/projects.xlsx")))) {
            org.apache.poi.ss.usermodel.Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(shown.formatCellValue(row.getCell(8))).isEqualTo("900.0000");
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(900.0);
            assertThat(shown.formatCellValue(row.getCell(4))).isEqualTo("2012");
            assertThat(shown.formatCellValue(row.getCell(18))).isEqualTo("32");
        }
    }

    @Test
    void twoBuildsGiveIdenticalDownloads() {
        TestSite source = TestSite.withConfig(DATA);
        BuiltSite first = source.build(source.options().withOut(temp.resolve("one")));
        BuiltSite second = source.build(source.options().withOut(temp.resolve("two")));

        List<String> downloads = first.files().stream().filter(f -> f.endsWith(".csv") || f.endsWith(".xlsx")).toList();
        assertThat(downloads).hasSize(11); // the ten of the data tables and xxgk/catalog.csv
        for (String path : downloads) {
            assertThat(second.bytes(path)).as(path).isEqualTo(first.bytes(path));
        }
        for (String path : List.of("years/2012/index.html", "fees/index.html", "projects/index.html", "aid/index.html")) {
            assertThat(second.text(path)).as(path).isEqualTo(first.text(path));
        }
    }

    private static List<Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream().collect(Collectors.toList());
        }
    }
}
