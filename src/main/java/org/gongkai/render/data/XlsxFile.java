package org.gongkai.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx downloads: a workbook of one sheet, written as the few SpreadsheetML parts Excel and WPS need (the same
 * parts and markup a fastexcel workbook has): text in the shared-string table, amounts and counts as numbers,
 * the header row bold and frozen, columns as wide as their text. Every zip entry has the same fixed time and
 * the document its fixed creation date, so the same rows give the same bytes in every build.
 *
 * <p>The sheet is streamed into the zip as it is written, so a 100,000-row table is never held uncompressed.
 */
final class XlsxFile {

    /** The zip format's own epoch: a time that says "no time", the same in every build. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /**
     * zlib's fastest level: on the sheet XML of 100,000 fee rows it takes half the time of level 4 for files
     * about 5% larger (the XML is repetitive, so every level shrinks it to an eighth or less).
     */
    private static final int LEVEL = 1;
    /** Column widths are worked out from the header and this many rows, as fastexcel does before its first flush. */
    private static final int WIDTH_ROWS = 1000;
    private static final int MAX_WIDTH = 60;
    private static final int FLUSH_AT = 1 << 18;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String CONTENT_TYPES = XML_HEAD
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>";
    private static final String ROOT_RELS = XML_HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";
    private static final String APP = XML_HEAD
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Gongkai</Application></Properties>";
    private static final String CORE = XML_HEAD
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>Gongkai</dc:creator>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created></cp:coreProperties>";
    private static final String WORKBOOK_RELS = XML_HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>";
    /** Style 0 is the default, style 1 the bold header. */
    private static final String STYLES = XML_HEAD
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private XlsxFile() {
    }

    /**
     * @param numbers the columns written as numbers (a value that is not a plain decimal stays text)
     * @param rows one value per column; an empty value leaves its cell out
     */
    static byte[] write(String sheetName, List<String> header, boolean[] numbers, List<String[]> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(4096, rows.size() * 90));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(LEVEL);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", ROOT_RELS);
            entry(zip, "docProps/app.xml", APP);
            entry(zip, "docProps/core.xml", CORE);
            entry(zip, "xl/workbook.xml", XML_HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
                    + "<sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            entry(zip, "xl/styles.xml", STYLES);
            SharedStrings strings = new SharedStrings();
            sheet(zip, header, numbers, rows, strings);
            zip.putNextEntry(newEntry("xl/sharedStrings.xml"));
            strings.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(ZipOutputStream zip, List<String> header, boolean[] numbers, List<String[]> rows,
                              SharedStrings strings) throws IOException {
        int columns = header.size();
        String[] letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = columnLetters(c);
        }
        zip.putNextEntry(newEntry("xl/worksheets/sheet1.xml"));
        ByteSink out = new ByteSink(FLUSH_AT + 64 * 1024);
        out.ascii(XML_HEAD).ascii("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">")
                .ascii("<dimension ref=\"A1:").ascii(letters[columns - 1]).decimal(rows.size() + 1).ascii("\"/>")
                .ascii("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                .ascii("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .ascii("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
                .ascii("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        int[] widths = widths(header, rows);
        for (int c = 0; c < columns; c++) {
            out.ascii("<col min=\"").decimal(c + 1).ascii("\" max=\"").decimal(c + 1).ascii("\" width=\"")
                    .decimal(widths[c]).ascii("\" customWidth=\"1\"/>");
        }
        out.ascii("</cols><sheetData><row r=\"1\">");
        for (int c = 0; c < columns; c++) {
            out.ascii("<c r=\"").ascii(letters[c]).ascii("1\" s=\"1\" t=\"s\"><v>").decimal(strings.index(header.get(c)))
                    .ascii("</v></c>");
        }
        out.ascii("</row>");
        int r = 1;
        for (String[] row : rows) {
            r++;
            out.ascii("<row r=\"").decimal(r).ascii("\">");
            for (int c = 0; c < columns && c < row.length; c++) {
                String value = row[c];
                if (value == null || value.isEmpty()) {
                    continue;
                }
                out.ascii("<c r=\"").ascii(letters[c]).decimal(r);
                if (numbers[c] && isNumber(value)) {
                    out.ascii("\"><v>").ascii(value).ascii("</v></c>");
                } else {
                    out.ascii("\" t=\"s\"><v>").decimal(strings.index(value)).ascii("</v></c>");
                }
            }
            out.ascii("</row>");
            if (out.size() >= FLUSH_AT) {
                zip.write(out.array(), 0, out.size());
                out.reset();
            }
        }
        out.ascii("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .ascii("</worksheet>");
        zip.write(out.array(), 0, out.size());
        zip.closeEntry();
    }

    /** The text cells' values, each once, in the order first used. */
    private static final class SharedStrings {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int count;

        int index(String value) {
            count++;
            Integer i = index.get(value);
            if (i == null) {
                i = values.size();
                index.put(value, i);
                values.add(value);
            }
            return i;
        }

        void write(ZipOutputStream zip) throws IOException {
            ByteSink out = new ByteSink(FLUSH_AT + 64 * 1024);
            out.ascii(XML_HEAD).ascii("<sst xmlns=\"" + MAIN_NS + "\" count=\"").decimal(count).ascii("\" uniqueCount=\"")
                    .decimal(values.size()).ascii("\">");
            for (String value : values) {
                out.ascii(preserveSpace(value) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                text(out, value);
                out.ascii("</t></si>");
                if (out.size() >= FLUSH_AT) {
                    zip.write(out.array(), 0, out.size());
                    out.reset();
                }
            }
            out.ascii("</sst>");
            zip.write(out.array(), 0, out.size());
        }
    }

    /** A1-style column name: A … Z, AA … */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Width in Excel's units (the width of a digit): a Chinese character takes two. */
    private static int[] widths(List<String> header, List<String[]> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = displayWidth(header.get(c));
        }
        for (int r = 0; r < rows.size() && r < WIDTH_ROWS; r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < widths.length && c < row.length; c++) {
                if (row[c] != null) {
                    widths[c] = Math.max(widths[c], displayWidth(row[c]));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(widths[c] + 2, MAX_WIDTH);
        }
        return widths;
    }

    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return width;
    }

    /** A plain decimal as the data files and the model write amounts and counts: 1200.00, 32, 0.5. */
    static boolean isNumber(String value) {
        int n = value.length();
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0 && i < n - 1) {
                point = true;
            } else if (!(c == '-' && i == 0)) {
                return false;
            }
        }
        return digits > 0 && digits <= 15;
    }

    private static boolean preserveSpace(String value) {
        int n = value.length();
        return Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1))
                || value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\r') >= 0;
    }

    /**
     * Text content: {@code & < >} escaped; control characters XML cannot hold are written as Excel writes them
     * ({@code _x0001_}), and so is an underscore that would otherwise start such an escape.
     */
    private static void text(ByteSink out, String value) {
        int from = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                    || c == '_' && looksEscaped(value, i)) {
                replacement = String.format("_x%04X_", (int) c);
            } else {
                continue;
            }
            out.utf8(value, from, i).ascii(replacement);
            from = i + 1;
        }
        out.utf8(value, from, n);
    }

    private static boolean looksEscaped(String value, int underscore) {
        if (underscore + 6 >= value.length() || value.charAt(underscore + 1) != 'x' && value.charAt(underscore + 1) != 'X'
                || value.charAt(underscore + 6) != '_') {
            return false;
        }
        for (int i = underscore + 2; i < underscore + 6; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String attribute) {
        return attribute.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(newEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static ZipEntry newEntry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }
}
