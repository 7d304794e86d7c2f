package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The totals of a GFM table: a 合计/总计 row against the rows above it, 小计 rows against the rows since the last
 * one, and a 合计 column against the figures to its left in each row. A column's unit comes from its header
 * (金额（万元）).
 */
final class TableTotals {

    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "共计", "总数", "总额", "总和", "累计");
    private static final Pattern NOT_A_PART_COLUMN = Pattern.compile("单价|价格|标准|数量|率|比例|%|％|人均|生均");

    private TableTotals() {
    }

    static List<TotalStatement> find(LintDocument document, LintDocument.Table table) {
        List<TotalStatement> out = new ArrayList<>();
        LintText text = document.body();
        List<LintDocument.Row> rows = table.rows();
        List<String> headers = rows.isEmpty() || !rows.get(0).header() ? List.of() : cellTexts(text, rows.get(0));
        List<LintDocument.Row> body = rows.stream().filter(r -> !r.header()).toList();
        int columns = body.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        // each row's label and kind, worked out once for all its columns
        List<String> labels = body.stream().map(row -> label(text, row)).toList();
        boolean[] totalRow = new boolean[body.size()];
        boolean[] subtotalRow = new boolean[body.size()];
        for (int r = 0; r < body.size(); r++) {
            totalRow[r] = namesTotal(labels.get(r));
            subtotalRow[r] = !totalRow[r] && labels.get(r).contains("小计");
        }
        // each column's unit, read from its header once for all its rows
        List<Quantities.Unit> units = headers.stream().map(Quantities.Unit::ofHeader).toList();
        for (int c = 1; c < columns; c++) {
            Quantities.Unit unit = c < headers.size() ? units.get(c) : Quantities.Unit.NONE;
            List<TotalStatement.Figure> parts = new ArrayList<>();
            List<TotalStatement.Figure> sinceSubtotal = new ArrayList<>();
            for (int r = 0; r < body.size(); r++) {
                LintDocument.Row row = body.get(r);
                String label = labels.get(r);
                Optional<TotalStatement.Figure> figure = figure(text, row, c, unit, label);
                if (totalRow[r]) {
                    if (figure.isPresent() && parts.size() >= 2) {
                        out.add(new TotalStatement(figure.get(), parts, true, false, label,
                                restated(document, figure.get(), rows)));
                    }
                } else if (subtotalRow[r]) {
                    if (figure.isPresent() && sinceSubtotal.size() >= 2) {
                        out.add(new TotalStatement(figure.get(), sinceSubtotal, true, false, label, Optional.empty()));
                    }
                    sinceSubtotal = new ArrayList<>();
                } else if (!label.startsWith("其中")) {
                    figure.ifPresent(parts::add);
                    figure.ifPresent(sinceSubtotal::add);
                }
            }
        }
        columnTotals(text, headers, units, body, labels, out);
        return out;
    }

    /** A 合计 column: each row's figures to its left must add up to it. */
    private static void columnTotals(LintText text, List<String> headers, List<Quantities.Unit> units,
                                     List<LintDocument.Row> body, List<String> labels, List<TotalStatement> out) {
        for (int c = 2; c < headers.size(); c++) {
            if (!namesTotal(headers.get(c))) {
                continue;
            }
            boolean usable = true;
            for (int p = 1; p < c; p++) {
                usable &= !NOT_A_PART_COLUMN.matcher(headers.get(p)).find() && !namesTotal(headers.get(p));
            }
            if (!usable) {
                continue;
            }
            for (int r = 0; r < body.size(); r++) {
                LintDocument.Row row = body.get(r);
                String label = labels.get(r);
                Optional<TotalStatement.Figure> total = figure(text, row, c, units.get(c), headers.get(c));
                List<TotalStatement.Figure> parts = new ArrayList<>();
                for (int p = 1; p < c; p++) {
                    figure(text, row, p, units.get(p), headers.get(p)).ifPresent(parts::add);
                }
                if (total.isPresent() && parts.size() >= 2) {
                    out.add(new TotalStatement(total.get(), parts, true, false, label + "·" + headers.get(c),
                            Optional.empty()));
                }
            }
        }
    }

    /** Whether a label or header has a word for a total in it (合计, 总数 …). */
    private static boolean namesTotal(String label) {
        for (String word : TOTAL_WORDS) {
            if (label.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TotalStatement.Figure> figure(LintText text, LintDocument.Row row, int column,
                                                         Quantities.Unit unit, String label) {
        if (column >= row.cells().size()) {
            return Optional.empty();
        }
        LintDocument.Span cell = row.cells().get(column);
        String written = text.masked().substring(cell.start(), cell.end());
        return Quantities.cell(written, cell.start(), unit).map(q -> new TotalStatement.Figure(q, text, label));
    }

    private static String label(LintText text, LintDocument.Row row) {
        if (row.cells().isEmpty()) {
            return "";
        }
        LintDocument.Span first = row.cells().get(0);
        return withoutSpacesAndStars(text.chars(), first.start(), first.end());
    }

    /** {@code replaceAll("[\\s*]", "")} of the text in {@code [start, end)}, without an expression. */
    static String withoutSpacesAndStars(char[] chars, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (!(c == '*' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> cellTexts(LintText text, LintDocument.Row row) {
        return row.cells().stream().map(c -> text.masked().substring(c.start(), c.end()).strip()).toList();
    }

    /** A figure in the prose just before the table that states the same total (「资金3315余万元…如下：」). */
    private static Optional<TotalStatement.Figure> restated(LintDocument document, TotalStatement.Figure total,
                                                           List<LintDocument.Row> rows) {
        LintText text = document.body();
        int tableStart = rows.get(0).cells().isEmpty() ? total.quantity().start() : rows.get(0).cells().get(0).start();
        int tableLine = text.lineOf(tableStart);
        BigDecimal value = total.quantity().base();
        for (LintDocument.Span paragraph : document.paragraphs()) {
            if (paragraph.end() > tableStart || tableLine - text.lineOf(paragraph.end()) > 12) {
                continue;
            }
            for (Quantity q : document.figures(paragraph)) {
                if (q.unitClass().equals(total.quantity().unitClass()) && q.base().compareTo(value) == 0) {
                    return Optional.of(new TotalStatement.Figure(q, text, ""));
                }
            }
        }
        return Optional.empty();
    }
}
