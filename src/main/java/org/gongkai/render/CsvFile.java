package org.gongkai.render;

import java.util.List;

/**
 * CSV downloads: UTF-8 with a BOM and CRLF line ends, so Excel and WPS open them with the Chinese intact. A value
 * is quoted when it holds a comma, a quote or a line break, or starts or ends with a space (quotes doubled
 * inside). The rows are encoded once; a file of some of them (one school year) is put together from the encoded
 * rows without encoding them again.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] header;
    private final ByteSink rows;
    /** Where row i starts in {@link #rows}; one more entry than rows, for the end of the last. */
    private final int[] starts;

    private CsvFile(byte[] header, ByteSink rows, int[] starts) {
        this.header = header;
        this.rows = rows;
        this.starts = starts;
    }

    public static CsvFile encode(List<String> header, List<String[]> rows) {
        ByteSink head = new ByteSink(256);
        head.append(BOM);
        line(head, header.toArray(String[]::new));
        ByteSink body = new ByteSink(Math.max(1024, rows.size() * 160));
        int[] starts = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = body.size();
            line(body, rows.get(i));
        }
        starts[rows.size()] = body.size();
        return new CsvFile(head.toByteArray(), body, starts);
    }

    /** The whole file: BOM, header and every row. */
    public byte[] all() {
        byte[] file = new byte[header.length + rows.size()];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(rows.array(), 0, file, header.length, rows.size());
        return file;
    }

    /** BOM, header and the rows at the given positions, in that order. */
    public byte[] of(int[] positions) {
        int length = header.length;
        for (int i : positions) {
            length += starts[i + 1] - starts[i];
        }
        byte[] file = new byte[length];
        System.arraycopy(header, 0, file, 0, header.length);
        int at = header.length;
        for (int i : positions) {
            int n = starts[i + 1] - starts[i];
            System.arraycopy(rows.array(), starts[i], file, at, n);
            at += n;
        }
        return file;
    }

    private static void line(ByteSink out, String[] values) {
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                out.append((byte) ',');
            }
            value(out, values[c]);
        }
        out.append((byte) '\r').append((byte) '\n');
    }

    private static void value(ByteSink out, String value) {
        if (!needsQuotes(value)) {
            out.utf8(value);
            return;
        }
        out.append((byte) '"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
            out.utf8(value, from, i + 1).append((byte) '"');
            from = i + 1;
        }
        out.utf8(value, from, value.length()).append((byte) '"');
    }

    public static boolean needsQuotes(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        if (value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
