package org.gongkai.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.model.AnnualReportForm.CellKind;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Reads one row of an annual report's table from its file: a list of numbers ({@code [5, 1, 0, 0, 0, 0]}), or a
 * single {@code 0} for a row of zeros (or the one number of a one-cell row). Every mistake is an error at the cell.
 */
final class AnnualCells {

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    private static final Pattern CHANGE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern WAN = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    /** A row as written: its given cells, the total when one was written after them, and where each is. */
    record Row(List<BigDecimal> cells, Optional<BigDecimal> writtenTotal, int line, int totalColumn) {
    }

    private final String file;
    private final Problems problems;

    AnnualCells(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The row under {@code key}: exactly {@code kinds.size()} cells. */
    Optional<List<BigDecimal>> values(YamlValue.Mapping mapping, String key, List<CellKind> kinds, int n) {
        return row(mapping, key, kinds, false).map(Row::cells);
    }

    /** The row under {@code key}: {@code n} counts, and optionally their 总计 as an (n + 1)th. */
    Optional<Row> countsWithTotal(YamlValue.Mapping mapping, String key, int n) {
        return row(mapping, key, Collections.nCopies(n, CellKind.COUNT), true);
    }

    /** The row under {@code key} when it is there, without an error when it is not. */
    Optional<Row> optionalCountsWithTotal(YamlValue.Mapping mapping, String key, int n) {
        return mapping.values().containsKey(key) ? countsWithTotal(mapping, key, n) : Optional.empty();
    }

    private Optional<Row> row(YamlValue.Mapping mapping, String key, List<CellKind> kinds, boolean totalAllowed) {
        YamlValue value = mapping.values().get(key);
        String example = example(kinds.size());
        if (value == null || value instanceof YamlValue.Scalar s && s.type() == YamlValue.ScalarType.NULL) {
            int line = value == null ? mapping.line() : mapping.keyLine(key);
            problems.add(Problem.error(SourcePosition.of(file, line), Text.of("annual.row.missing", key, String.valueOf(kinds.size())),
                    Text.of("annual.row.write", key + ": " + example)));
            return Optional.empty();
        }
        List<YamlValue> items;
        if (value instanceof YamlValue.Sequence seq) {
            items = seq.items();
        } else if (value instanceof YamlValue.Scalar s && (kinds.size() == 1 || "0".equals(s.text().strip()))) {
            items = Collections.nCopies(kinds.size(), s);
        } else if (value instanceof YamlValue.Scalar s) {
            problems.add(Problem.error(at(value), Text.of("annual.row.notList", key, "「" + s.text() + "」", String.valueOf(kinds.size())),
                    Text.of("annual.row.write", key + ": " + example)));
            return Optional.empty();
        } else {
            problems.add(Problem.error(at(value), Text.of("annual.row.notList", key, value.describe(), String.valueOf(kinds.size())),
                    Text.of("annual.row.write", key + ": " + example)));
            return Optional.empty();
        }
        int max = kinds.size() + (totalAllowed ? 1 : 0);
        if (items.size() != kinds.size() && items.size() != max) {
            Text message = totalAllowed
                    ? Text.of("annual.row.countWithTotal", key, String.valueOf(items.size()), String.valueOf(kinds.size()), String.valueOf(max))
                    : Text.of("annual.row.count", key, String.valueOf(items.size()), String.valueOf(kinds.size()));
            problems.add(Problem.error(at(value), message, Text.of("annual.row.write", key + ": " + example)));
            return Optional.empty();
        }
        List<BigDecimal> cells = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            CellKind kind = i < kinds.size() ? kinds.get(i) : CellKind.COUNT;
            Optional<BigDecimal> cell = cell(key, items.get(i), kind);
            ok &= cell.isPresent();
            cell.ifPresent(cells::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        Optional<BigDecimal> total = items.size() > kinds.size() ? Optional.of(cells.remove(kinds.size())) : Optional.empty();
        int totalColumn = items.size() > kinds.size() ? items.get(kinds.size()).column() : 0;
        return Optional.of(new Row(List.copyOf(cells), total, value.line(), totalColumn));
    }

    private Optional<BigDecimal> cell(String key, YamlValue item, CellKind kind) {
        String text = item instanceof YamlValue.Scalar s ? s.text().strip() : "";
        Pattern pattern = switch (kind) {
            case COUNT -> COUNT;
            case CHANGE -> CHANGE;
            case WAN -> WAN;
        };
        if (item instanceof YamlValue.Scalar && pattern.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        Text found = item instanceof YamlValue.Scalar ? Text.literal("「" + text + "」") : item.describe();
        String which = switch (kind) {
            case COUNT -> "annual.cell.count";
            case CHANGE -> "annual.cell.change";
            case WAN -> "annual.cell.wan";
        };
        problems.add(Problem.error(at(item), Text.of(which, key, found), Text.of(which + ".hint")));
        return Optional.empty();
    }

    private SourcePosition at(YamlValue value) {
        return SourcePosition.of(file, value.line(), value.column());
    }

    private static String example(int n) {
        return "[" + String.join(", ", Collections.nCopies(n, "0")) + "]";
    }
}
