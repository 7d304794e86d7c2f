package org.gongkai.render.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.stream.IntStream;
import java.util.zip.ZipOutputStream;

import org.gongkai.render.ByteSink;

/**
 * .xlsx downloads: a workbook of one sheet, written as the few SpreadsheetML parts Excel and WPS need (the same
 * parts and markup a fastexcel workbook has): text in the shared-string table, amounts and counts as numbers (amounts
 * with a fixed number of decimals, {@link CellFormat}),
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
    /**
     * Style 0 is the default, 1 the bold header, 2 and 3 the amounts ({@link CellFormat}: built-in format 4 for 元,
     * a format of its own, id 164 as custom formats start there, for 万元).
     */
    private static final String STYLES = XML_HEAD
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.0000\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_OPENED = ascii("\">");
    private static final byte[] ROW_CLOSE = ascii("</row>");
    private static final byte[] CELL_OPEN = ascii("<c r=\"");
    private static final byte[] TEXT_VALUE = ascii("\" t=\"s\"><v>");
    private static final byte[] CELL_CLOSE = ascii("</v></c>");
    /** A cell's code in {@link Table}: no value; {@code <= NUMBER} for the number {@code NUMBER - code}. */
    private static final int EMPTY = -1;
    private static final int NUMBER = -2;

    private XlsxFile() {
    }

    /**
     * @param numbers per column, its format when it is written as numbers, else null (a value that is not a plain
     *     decimal stays text)
     * @param rows one value per column; an empty value leaves its cell out
     */
    static byte[] write(String sheetName, List<String> header, CellFormat[] numbers, List<String[]> rows) {
        Table table = Table.of(header, numbers, rows);
        int[] all = new int[rows.size()];
        Arrays.setAll(all, i -> i);
        return table.write(sheetName, all);
    }

    /**
     * Rows made ready for one or more workbooks (the whole table, each school year): every distinct value is
     * looked up once, and each cell is kept as a number, so a workbook of some of the rows is written without
     * hashing a String. Read-only once made: workbooks of it may be written on several threads at once.
     */
    static final class Table {

        private final List<String> header;
        private final String[][] rows;
        /** Per column and row: {@link #EMPTY}, a number ({@code <= NUMBER}), or the text's id (>= 0). */
        private final int[][] codes;
        /** The texts by id; the header's are the first. */
        private final String[] texts;
        /** The numbers' digits by id, as they are written. */
        private final byte[][] numbers;
        /** Per column, what comes between a number cell's reference and its digits: its style ({@link CellFormat}). */
        private final byte[][] numberValue;

        private Table(List<String> header, String[][] rows, int[][] codes, String[] texts, byte[][] numbers,
                      byte[][] numberValue) {
            this.header = header;
            this.rows = rows;
            this.codes = codes;
            this.texts = texts;
            this.numbers = numbers;
            this.numberValue = numberValue;
        }

        /** The distinct values of one column, in the order first found, and each row's. */
        private record Column(List<String> texts, List<String> numbers, int[] codes) {
        }

        /**
         * The columns are gone through in parallel, each with its own distinct values; then the same text in two
         * columns is given one id. Ids are worked out in column and row order, whatever the threads.
         *
         * @param numbers per column, its format when it is written as numbers, else null (a value that is not a
         *     plain decimal stays text)
         * @param rows one value per column; an empty value leaves its cell out
         */
        static Table of(List<String> header, CellFormat[] numbers, List<String[]> rows) {
            String[][] table = rows.toArray(String[][]::new);
            List<Column> columns = IntStream.range(0, header.size()).parallel()
                    .mapToObj(c -> column(table, c, numbers[c] != null)).toList();
            byte[][] numberValue = new byte[header.size()][];
            for (int c = 0; c < numberValue.length; c++) {
                int style = numbers[c] == null ? 0 : numbers[c].style;
                numberValue[c] = ascii(style == 0 ? "\"><v>" : "\" s=\"" + style + "\"><v>");
            }
            Map<String, Integer> textIds = new HashMap<>();
            List<String> texts = new ArrayList<>();
            List<byte[]> digits = new ArrayList<>();
            for (String name : header) {
                idOf(name, textIds, texts);
            }
            int[][] codes = new int[columns.size()][];
            for (int c = 0; c < codes.length; c++) {
                Column column = columns.get(c);
                int[] textId = new int[column.texts().size()];
                for (int i = 0; i < textId.length; i++) {
                    textId[i] = idOf(column.texts().get(i), textIds, texts);
                }
                int firstNumber = digits.size();
                column.numbers().forEach(n -> digits.add(ascii(n)));
                int[] code = column.codes();
                for (int r = 0; r < code.length; r++) {
                    int local = code[r];
                    code[r] = local == EMPTY ? EMPTY : local <= NUMBER ? local - firstNumber : textId[local];
                }
                codes[c] = code;
            }
            return new Table(List.copyOf(header), table, codes, texts.toArray(String[]::new),
                    digits.toArray(byte[][]::new), numberValue);
        }

        /** The id of {@code value}: its position in {@code values}, where it is added when new. */
        private static int idOf(String value, Map<String, Integer> ids, List<String> values) {
            Integer id = ids.get(value);
            if (id == null) {
                id = values.size();
                ids.put(value, id);
                values.add(value);
            }
            return id;
        }

        /** Column {@code c} with ids of its own: texts from 0 up, numbers from {@link #NUMBER} down. */
        private static Column column(String[][] rows, int c, boolean numeric) {
            Map<String, Integer> textIds = new HashMap<>();
            Map<String, Integer> numberIds = new HashMap<>();
            List<String> texts = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            int[] codes = new int[rows.length];
            for (int r = 0; r < rows.length; r++) {
                String value = c < rows[r].length ? rows[r][c] : null;
                if (value == null || value.isEmpty()) {
                    codes[r] = EMPTY;
                } else if (numeric && isNumber(value)) {
                    codes[r] = NUMBER - idOf(value, numberIds, numbers);
                } else {
                    codes[r] = idOf(value, textIds, texts);
                }
            }
            return new Column(texts, numbers, codes);
        }

        /** A workbook of the rows at {@code positions}, in that order. */
        byte[] write(String sheetName, int[] positions) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(4096, positions.length * 90));
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
                SharedStrings strings = new SharedStrings(texts.length);
                sheet(zip, positions, strings);
                zip.putNextEntry(newEntry("xl/sharedStrings.xml"));
                strings.write(zip, texts);
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private void sheet(ZipOutputStream zip, int[] positions, SharedStrings strings) throws IOException {
            int columns = header.size();
            byte[][] letters = new byte[columns][];
            for (int c = 0; c < columns; c++) {
                letters[c] = ascii(columnLetters(c));
            }
            zip.putNextEntry(newEntry("xl/worksheets/sheet1.xml"));
            ByteSink out = new ByteSink(FLUSH_AT + 64 * 1024);
            out.ascii(XML_HEAD).ascii("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">")
                    .ascii("<dimension ref=\"A1:").append(letters[columns - 1]).decimal(positions.length + 1).ascii("\"/>")
                    .ascii("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                    .ascii("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .ascii("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
                    .ascii("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
            int[] widths = widths(positions);
            for (int c = 0; c < columns; c++) {
                out.ascii("<col min=\"").decimal(c + 1).ascii("\" max=\"").decimal(c + 1).ascii("\" width=\"")
                        .decimal(widths[c]).ascii("\" customWidth=\"1\"/>");
            }
            out.ascii("</cols><sheetData><row r=\"1\">");
            for (int c = 0; c < columns; c++) {
                // the header's values are the first texts, in column order (a repeated name has its first id)
                out.ascii("<c r=\"").append(letters[c]).ascii("1\" s=\"1\" t=\"s\"><v>")
                        .decimal(strings.index(headerId(c))).ascii("</v></c>");
            }
            out.append(ROW_CLOSE);
            byte[] number = new byte[11];
            for (int i = 0; i < positions.length; i++) {
                int row = positions[i];
                int from = digits(i + 2, number);
                int length = number.length - from;
                out.append(ROW_OPEN).append(number, from, length).append(ROW_OPENED);
                for (int c = 0; c < columns; c++) {
                    int value = codes[c][row];
                    if (value == EMPTY) {
                        continue;
                    }
                    out.append(CELL_OPEN).append(letters[c]).append(number, from, length);
                    if (value <= NUMBER) {
                        out.append(numberValue[c]).append(numbers[NUMBER - value]);
                    } else {
                        out.append(TEXT_VALUE).decimal(strings.index(value));
                    }
                    out.append(CELL_CLOSE);
                }
                out.append(ROW_CLOSE);
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

        private int headerId(int column) {
            String name = header.get(column);
            for (int id = 0; ; id++) {
                if (texts[id].equals(name)) {
                    return id;
                }
            }
        }

        /** Width in Excel's units (the width of a digit): a Chinese character takes two. */
        private int[] widths(int[] positions) {
            int[] widths = new int[header.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = displayWidth(header.get(c));
            }
            for (int r = 0; r < positions.length && r < WIDTH_ROWS; r++) {
                String[] row = rows[positions[r]];
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
    }

    /** Writes {@code value}'s digits at the end of {@code into}; returns where they start. */
    private static int digits(int value, byte[] into) {
        int at = into.length;
        do {
            into[--at] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        return at;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A workbook's text values, each once, in the order first used: its index of each value id of the table. */
    private static final class SharedStrings {

        private final int[] index;
        private int[] order = new int[256];
        private int unique;
        private int count;

        SharedStrings(int ids) {
            index = new int[ids];
            Arrays.fill(index, -1);
        }

        int index(int id) {
            count++;
            int i = index[id];
            if (i < 0) {
                i = unique++;
                index[id] = i;
                if (i == order.length) {
                    order = Arrays.copyOf(order, i * 2);
                }
                order[i] = id;
            }
            return i;
        }

        void write(ZipOutputStream zip, String[] texts) throws IOException {
            ByteSink out = new ByteSink(FLUSH_AT + 64 * 1024);
            out.ascii(XML_HEAD).ascii("<sst xmlns=\"" + MAIN_NS + "\" count=\"").decimal(count).ascii("\" uniqueCount=\"")
                    .decimal(unique).ascii("\">");
            for (int i = 0; i < unique; i++) {
                String value = texts[order[i]];
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
