package org.gongkai.load.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Reads the first sheet of an .xlsx workbook row by row (fastexcel-reader streams the sheet XML). Numbers
 * become plain decimal text, date cells become YYYY-MM-DD; the row number is the sheet's.
 */
final class XlsxTable {

    /** Excel keeps 15 significant digits; past that a stored double is noise (0.1 + 0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** A number format that shows a date: it has y, m or d outside quotes and brackets, and no 0 or #. */
    private static final Pattern DATE_FORMAT = Pattern.compile("[^\"\\[]*[ymd][^0#]*", Pattern.CASE_INSENSITIVE);

    boolean read(Path file, String shown, TableSink sink, Problems problems) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            boolean first = true;
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<RawCell> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(cell(row.getCell(i), shown, row.getRowNum(), i + 1, problems));
                }
                RawRow raw = new RawRow(row.getRowNum(), cells);
                if (raw.isBlank()) {
                    continue; // Excel keeps formatted but empty rows
                }
                if (first) {
                    first = false;
                    sink.header(raw);
                } else {
                    sink.row(raw);
                }
            }
            if (first) {
                problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.xlsx.empty"), Text.of("data.xlsx.empty.hint")));
            }
            return true;
        } catch (ExcelReaderException | IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("data.xlsx.unreadable", reason(e)),
                    Text.of("data.xlsx.unreadable.hint")));
            return false;
        }
    }

    /**
     * A file that is no zip at all is an old .xls, a renamed file or a workbook with a password (both are OLE2
     * files); fastexcel's own words for a damaged one are quoted.
     */
    private static Text reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException) {
                return Text.of("data.xlsx.notWorkbook");
            }
        }
        if (e instanceof java.nio.file.FileSystemException io) {
            return IoReason.of(io);
        }
        String said = e.getMessage();
        return said == null || said.isBlank() ? Text.of("data.xlsx.damaged") : Text.of("data.xlsx.damagedSays", said.strip());
    }

    private static RawCell cell(Cell cell, String shown, int line, int column, Problems problems) {
        if (cell == null) {
            return RawCell.text("");
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        if (type == CellType.NUMBER || type == CellType.FORMULA && isNumber(raw)) {
            if (isDate(cell)) {
                return new RawCell(cell.asDate().toLocalDate().toString(), true);
            }
            return new RawCell(plainNumber(raw), true);
        }
        if (type == CellType.ERROR) {
            problems.add(Problem.error(SourcePosition.of(shown, line, column), Text.of("data.xlsx.cellError", raw),
                    Text.of("data.xlsx.cellError.hint")));
            return RawCell.text("");
        }
        if (type == CellType.FORMULA) {
            return RawCell.text(raw);
        }
        if (type == CellType.BOOLEAN) {
            return RawCell.text("1".equals(raw) ? "TRUE" : "FALSE");
        }
        return RawCell.text(cell.getText());
    }

    private static boolean isNumber(String raw) {
        if (raw == null || raw.isEmpty()) {
            return false;
        }
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String plainNumber(String raw) {
        BigDecimal value = new BigDecimal(raw.strip()).round(EXCEL_DIGITS).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && !format.equalsIgnoreCase("General") && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "")).matches();
    }
}
