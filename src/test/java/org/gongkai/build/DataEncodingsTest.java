package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.with;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Data files as bureaus save them: UTF-8, UTF-8 with BOM, GBK, CRLF, .xlsx; anything else is refused (issue 4). */
class DataEncodingsTest {

    private static final String CSV = FEES_HEADER + "\n" + with(FEE, 5, "学费") + "\n" + FEE + "\n";

    private static BuiltSite buildWith(String path, byte[] bytes) {
        return TestSite.withConfig("").file(path, bytes).build();
    }

    private static void assertFeesShown(BuiltSite site) {
        Document page = site.page("fees/index.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("2012—2013学年收费公示");
        assertThat(page.select("table.fees tbody th").eachText()).containsExactly("学费", "住宿费");
        assertThat(page.select("table.fees caption").text()).contains("宿松中学");
        assertThat(page.select("table.fees td.amount").eachText()).containsOnly("240.00");
        assertThat(site.result().notices()).noneMatch(p -> p.position().file().startsWith("content/data"));
    }

    @Test
    void utf8WithoutBom() {
        assertFeesShown(buildWith("content/data/fees.csv", CSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomAndCrlf() {
        byte[] text = CSV.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertFeesShown(buildWith("content/data/fees.csv", bytes));
    }

    @Test
    void gbkAsExcelSavesItOnChineseWindows() {
        assertFeesShown(buildWith("content/data/fees.csv", CSV.replace("\n", "\r\n").getBytes(Charset.forName("GBK"))));
    }

    @Test
    void lineNumbersCountCrlfLinesAndQuotedLineBreaks() {
        String csv = FEES_HEADER + "\r\n" + with(FEE, 18, "\"第一行\r\n第二行\"").replace("\"\"\"", "\"") + "\r\n"
                + with(with(FEE, 5, "学费"), 7, "600元") + "\r\n";
        var failure = TestSite.withConfig("").file("content/data/fees.csv", csv.getBytes(Charset.forName("GBK")))
                .buildExpectingFailure();
        assertThat(failure.problems()).extracting(p -> p.position().toString()).containsExactly("content/data/fees.csv:4:7");
    }

    @Test
    void textThatIsNeitherUtf8NorGbkIsRefusedWithItsLine() {
        byte[] bytes = (CSV + "宿松中学,\u00ff\n").getBytes(StandardCharsets.UTF_8);
        int at = bytes.length - 3; // the two bytes of ÿ, made into a byte no encoding here has
        bytes[at] = (byte) 0xFF;
        bytes[at + 1] = (byte) 0xFF;
        var failure = TestSite.withConfig("").file("content/data/fees.csv", bytes).buildExpectingFailure();

        assertThat(failure.problems()).extracting(Problem::format).containsExactly(
                "content/data/fees.csv:4: the file is neither UTF-8 nor GBK text\n"
                        + "  hint: open it in Excel or WPS and save it again as 「CSV UTF-8（逗号分隔）」");
    }

    @Test
    void utf16AndWorkbooksNamedCsvAreRefused() {
        byte[] utf16 = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TestSite.withConfig("").file("content/data/fees.csv", utf16).buildExpectingFailure().problems())
                .extracting(Problem::message).containsExactly("the file is UTF-16 (Excel's 「Unicode 文本」), not CSV text");
        byte[] workbook = workbook(List.of(List.of("school")));
        assertThat(TestSite.withConfig("").file("content/data/fees.csv", workbook).buildExpectingFailure().problems())
                .extracting(Problem::format).containsExactly("content/data/fees.csv: the file is an Excel workbook saved under a .csv name\n"
                        + "  hint: rename it to fees.xlsx, or save it from Excel as 「CSV UTF-8（逗号分隔）」");
    }

    @Test
    void xlsxWithNumberAndDateCellsReadsLikeTheCsv() {
        List<Object> row = List.of("宿松中学", "普通高中", "2012-2013", "全学年", "住宿费", "行政事业性收费", new BigDecimal("240"),
                "元/生·学期", "收取", "否", LocalDate.of(2012, 9, 1), LocalDate.of(2013, 8, 31), "《关于宿松中学收费标准的批复》",
                "宿价〔2012〕21号", "宿松县物价局", "0556-1001001", 12358, "仅向住校生收取");
        List<Object> tuition = new java.util.ArrayList<>(row);
        tuition.set(4, "学费");
        BuiltSite site = buildWith("content/data/fees.xlsx", workbook(List.of(header(), tuition, row)));

        assertFeesShown(site);
        assertThat(site.page("fees/index.html").select("table.fees tbody tr").first().text())
                .contains("2012年9月1日至2013年8月31日");
        assertThat(site.page("fees/index.html").select(".school-hotlines").text()).contains("12358");
    }

    @Test
    void xlsxProblemsNameTheSheetRowAndColumn() {
        List<Object> row = new java.util.ArrayList<>(List.of(FEE.split(",", -1)));
        row.set(6, "600元");
        row.set(1, "高中");
        var failure = TestSite.withConfig("").file("content/data/fees.xlsx", workbook(List.of(header(), row)))
                .buildExpectingFailure();

        assertThat(failure.problems()).extracting(p -> p.position().toString())
                .containsExactly("content/data/fees.xlsx:2:2", "content/data/fees.xlsx:2:7");
    }

    private static List<Object> header() {
        return List.of((Object[]) FEES_HEADER.split(","));
    }

    /** An .xlsx as Excel would save it: numbers as numbers, dates as date cells. */
    static byte[] workbook(List<List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy/m/d").set();
                    } else if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (!value.toString().isEmpty()) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
