package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gongkai.render.CsvFile;

/**
 * The CSV and .xlsx files behind a table's download links ({@link CsvFile}, {@link XlsxFile}): the same rows and
 * Chinese column names in both, the same bytes in every build.
 *
 * @param <T> the record a row is made from
 */
final class Downloads<T> {

    private final String sheetName;
    private final List<String> header;
    private final CellFormat[] numberColumns;
    private final Function<T, List<String>> toRow;

    /**
     * @param numberColumns 0-based columns written as numbers in the .xlsx (amounts, counts), each with its format;
     *     the rest is text
     */
    Downloads(String sheetName, List<String> header, Map<Integer, CellFormat> numberColumns, Function<T, List<String>> toRow) {
        this.sheetName = sheetName;
        this.header = List.copyOf(header);
        this.numberColumns = new CellFormat[header.size()];
        numberColumns.forEach((c, format) -> this.numberColumns[c] = format);
        this.toRow = toRow;
    }

    /** The values of each record's row, worked out once for both files. */
    List<String[]> rows(List<T> records) {
        List<String[]> rows = new ArrayList<>(records.size());
        for (T record : records) {
            rows.add(row(record));
        }
        return rows;
    }

    String[] row(T record) {
        return toRow.apply(record).toArray(String[]::new);
    }

    /** The rows encoded for CSV; a file of all of them or of some ({@link CsvFile#of}). */
    CsvFile csvFile(List<String[]> rows) {
        return CsvFile.encode(header, rows);
    }

    byte[] xlsxFile(List<String[]> rows) {
        return XlsxFile.write(sheetName, header, numberColumns, rows);
    }

    /** The rows made ready for workbooks of all or some of them ({@link #xlsxFile(XlsxFile.Table, int[])}). */
    XlsxFile.Table xlsxTable(List<String[]> rows) {
        return XlsxFile.Table.of(header, numberColumns, rows);
    }

    /** A workbook of the rows at the given positions, in that order. */
    byte[] xlsxFile(XlsxFile.Table table, int[] positions) {
        return table.write(sheetName, positions);
    }

    byte[] csv(List<T> records) {
        return csvFile(rows(records)).all();
    }

    byte[] xlsx(List<T> records) {
        return xlsxFile(rows(records));
    }
}
