package org.gongkai.acceptance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx files written part by part, the way the office programs save them, without the library the tool reads
 * them with: numbers as number cells, dates as day serials with a date format. {@link Style#EXCEL} uses shared
 * strings and Excel's built-in formats (14 for dates, 2 for 0.00); {@link Style#WPS} inline strings and custom
 * formats from 176 on (yyyy/m/d;@ and 0.00_ ), as WPS 表格 and other exporters write them.
 */
final class Workbooks {

    enum Style { EXCEL, WPS }

    private static final Set<String> NUMBER_COLUMNS = Set.of("amount", "total_wan", "central_wan", "provincial_wan",
            "municipal_wan", "county_wan", "other_wan", "amount_wan", "recipients", "year", "area_sqm", "item_count",
            "per_capita_standard");
    private static final Set<String> DATE_COLUMNS = Set.of("effective_from", "effective_to", "status_as_of", "as_of",
            "planned_completion");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Workbooks() {
    }

    /** A workbook of one sheet made from CSV lines (no quoted commas), with typed cells by column name. */
    static byte[] fromCsv(Style style, String header, String... rows) {
        List<String> names = List.of(header.split(",", -1));
        List<List<Object>> table = new ArrayList<>();
        table.add(new ArrayList<>(names));
        for (String row : rows) {
            String[] values = row.split(",", -1);
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                String value = values[i];
                String column = names.get(i);
                if (value.isEmpty()) {
                    cells.add(null);
                } else if (NUMBER_COLUMNS.contains(column)) {
                    cells.add(new BigDecimal(value));
                } else if (DATE_COLUMNS.contains(column)) {
                    cells.add(LocalDate.parse(value));
                } else {
                    cells.add(value);
                }
            }
            table.add(cells);
        }
        return write(style, table);
    }

    static byte[] write(Style style, List<List<Object>> rows) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue;
                }
                String ref = column(c) + (r + 1);
                if (value instanceof BigDecimal number) {
                    // amounts carry the 0.00 style; Excel stores 600.00 as 600
                    sheet.append("<c r=\"").append(ref).append("\" s=\"2\"><v>")
                            .append(number.stripTrailingZeros().toPlainString()).append("</v></c>");
                } else if (value instanceof LocalDate date) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
                            .append(ChronoUnit.DAYS.between(EXCEL_EPOCH, date)).append("</v></c>");
                } else if (style == Style.EXCEL) {
                    int index = shared.computeIfAbsent(value.toString(), k -> shared.size());
                    sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                            .append(escape(value.toString())).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");

        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + (style == Style.EXCEL ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>");
        parts.put("_rels/.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                + "<sheet name=\"" + (style == Style.EXCEL ? "Sheet1" : "收费公示") + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/>"
                + (style == Style.EXCEL ? "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>");
        parts.put("xl/styles.xml", styles(style));
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        if (style == Style.EXCEL) {
            StringBuilder strings = new StringBuilder(XML + "<sst xmlns=\"" + MAIN + "\" count=\"" + shared.size()
                    + "\" uniqueCount=\"" + shared.size() + "\">");
            shared.keySet().forEach(s -> strings.append("<si><t>").append(escape(s)).append("</t></si>"));
            parts.put("xl/sharedStrings.xml", strings.append("</sst>").toString());
        }
        return zip(parts);
    }

    private static String styles(Style style) {
        String formats = style == Style.EXCEL ? ""
                : "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d;@\"/>"
                        + "<numFmt numFmtId=\"177\" formatCode=\"0.00_ \"/></numFmts>";
        String date = style == Style.EXCEL ? "14" : "176";
        String amount = style == Style.EXCEL ? "2" : "177";
        return XML + "<styleSheet xmlns=\"" + MAIN + "\">" + formats
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"" + date + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"" + amount + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>";
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}
