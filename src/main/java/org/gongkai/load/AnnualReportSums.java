package org.gongkai.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.model.AnnualReportForm;
import org.gongkai.model.AnnualReportForm.ApplicationRow;
import org.gongkai.model.AnnualReportFormat;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Tables 三 and 四 of an annual report with the cross-checks the national format prints: each 总计 column is the sum
 * of its row, （七）总计 the sum of the results above it, and for every column 一 + 二 = 三（七）总计 + 四; each 总计 of
 * table 四 the sum of the four cells before it. A total that is not written is computed; one that is written and
 * disagrees is an error at its line, naming both sides.
 */
final class AnnualReportSums {

    private static final int APPLICANTS = AnnualReportForm.APPLICANT_COLUMNS.size();
    private static final int APPEAL_CELLS = AnnualReportForm.APPEAL_COLUMNS.size();

    private final AnnualCells cells;
    private final String file;
    private final Problems problems;

    AnnualReportSums(AnnualCells cells, String file, Problems problems) {
        this.cells = cells;
        this.file = file;
        this.problems = problems;
    }

    /** Table 三 by row key, each row the six applicant columns and 总计; empty when a row has an error. */
    Map<String, List<Long>> applications(YamlValue.Mapping mapping, AnnualReportFormat format) {
        List<ApplicationRow> rows = format.applicationRows().stream().filter(ApplicationRow::hasNumbers).toList();
        new YamlFields(mapping, file, problems).rejectUnknownKeys(rows.stream().map(ApplicationRow::key).collect(Collectors.toSet()),
                Text.of("annual.where.applications", format.docNumber()));
        Map<String, List<Long>> table = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean complete = true;
        for (ApplicationRow row : rows) {
            Optional<AnnualCells.Row> read = row.key().equals(AnnualReportForm.RESULT_TOTAL)
                    ? cells.optionalCountsWithTotal(mapping, row.key(), APPLICANTS)
                    : cells.countsWithTotal(mapping, row.key(), APPLICANTS);
            if (read.isPresent()) {
                table.put(row.key(), withTotal(read.get(), row.label()));
                lines.put(row.key(), read.get().line());
            } else if (!row.key().equals(AnnualReportForm.RESULT_TOTAL) || mapping.values().containsKey(row.key())) {
                complete = false;
            }
        }
        if (!complete) {
            return Map.of();
        }
        List<Long> results = resultSum(rows, table);
        List<Long> writtenTotal = table.get(AnnualReportForm.RESULT_TOTAL);
        if (writtenTotal == null) {
            table.put(AnnualReportForm.RESULT_TOTAL, results);
        } else if (!compareResults(rows, table, results, writtenTotal, lines.get(AnnualReportForm.RESULT_TOTAL))) {
            return table; // the balance would only repeat the wrong total
        }
        balance(table, lines);
        return table;
    }

    /** Table 四 by group key, each the four cells and 总计. */
    Map<String, List<Long>> appeals(YamlValue.Mapping mapping) {
        new YamlFields(mapping, file, problems).rejectUnknownKeys(java.util.Set.copyOf(AnnualReportForm.APPEAL_KEYS),
                Text.of("annual.where.appeals"));
        Map<String, List<Long>> table = new LinkedHashMap<>();
        for (int i = 0; i < AnnualReportForm.APPEAL_KEYS.size(); i++) {
            String key = AnnualReportForm.APPEAL_KEYS.get(i);
            String label = AnnualReportForm.APPEAL_LABELS.get(i);
            cells.countsWithTotal(mapping, key, APPEAL_CELLS).ifPresent(row -> table.put(key, appealTotal(row, label)));
        }
        return table.size() == AnnualReportForm.APPEAL_KEYS.size() ? table : Map.of();
    }

    private List<Long> withTotal(AnnualCells.Row row, String label) {
        List<Long> values = longs(row.cells());
        long sum = values.stream().mapToLong(Long::longValue).sum();
        row.writtenTotal().ifPresent(written -> {
            if (written.longValueExact() != sum) {
                problems.add(Problem.error(SourcePosition.of(file, row.line(), row.totalColumn()),
                        Text.of("annual.sum.rowTotal", label, written.toPlainString(), terms(AnnualReportForm.APPLICANT_COLUMNS, values),
                                String.valueOf(sum)), Text.of("annual.sum.hint")));
            }
        });
        List<Long> out = new ArrayList<>(values);
        out.add(sum);
        return List.copyOf(out);
    }

    private List<Long> appealTotal(AnnualCells.Row row, String label) {
        List<Long> values = longs(row.cells());
        long sum = values.stream().mapToLong(Long::longValue).sum();
        row.writtenTotal().ifPresent(written -> {
            if (written.longValueExact() != sum) {
                problems.add(Problem.error(SourcePosition.of(file, row.line(), row.totalColumn()),
                        Text.of("annual.sum.appealTotal", label, written.toPlainString(), terms(AnnualReportForm.APPEAL_COLUMNS, values),
                                String.valueOf(sum)), Text.of("annual.sum.hint")));
            }
        });
        List<Long> out = new ArrayList<>(values);
        out.add(sum);
        return List.copyOf(out);
    }

    /** The sum of the result rows (（一） to （六） with their sub-rows), column by column, 总计 included. */
    private static List<Long> resultSum(List<ApplicationRow> rows, Map<String, List<Long>> table) {
        long[] sum = new long[APPLICANTS + 1];
        for (ApplicationRow row : rows) {
            if (row.inResultTotal()) {
                List<Long> values = table.get(row.key());
                for (int c = 0; c <= APPLICANTS; c++) {
                    sum[c] += values.get(c);
                }
            }
        }
        return java.util.Arrays.stream(sum).boxed().toList();
    }

    /** Whether the written （七）总计 agrees with the results; the first column that does not is an error. */
    private boolean compareResults(List<ApplicationRow> rows, Map<String, List<Long>> table, List<Long> results, List<Long> written,
                                int line) {
        for (int c = 0; c <= APPLICANTS; c++) {
            if (!results.get(c).equals(written.get(c))) {
                List<String> parts = new ArrayList<>();
                for (ApplicationRow row : rows) {
                    long v = row.inResultTotal() ? table.get(row.key()).get(c) : 0;
                    if (v != 0) {
                        parts.add(row.key() + " " + v);
                    }
                }
                problems.add(Problem.error(SourcePosition.of(file, line), Text.of("annual.sum.results", column(c),
                        String.valueOf(written.get(c)), parts.isEmpty() ? "0" : String.join(" + ", parts), String.valueOf(results.get(c))),
                        Text.of("annual.sum.hint")));
                return false;
            }
        }
        return true;
    }

    /** For every column: 一 + 二 = 三（七）总计 + 四, reported at the line of 四. */
    private void balance(Map<String, List<Long>> table, Map<String, Integer> lines) {
        List<Long> received = table.get(AnnualReportForm.NEW);
        List<Long> carriedIn = table.get(AnnualReportForm.CARRIED_IN);
        List<Long> total = table.get(AnnualReportForm.RESULT_TOTAL);
        List<Long> carriedOver = table.get(AnnualReportForm.CARRIED_OVER);
        for (int c = 0; c <= APPLICANTS; c++) {
            long left = received.get(c) + carriedIn.get(c);
            long right = total.get(c) + carriedOver.get(c);
            if (left != right) {
                problems.add(Problem.error(SourcePosition.of(file, lines.get(AnnualReportForm.CARRIED_OVER)),
                        Text.of("annual.sum.balance", column(c), String.valueOf(received.get(c)), String.valueOf(carriedIn.get(c)),
                                String.valueOf(left), String.valueOf(total.get(c)), String.valueOf(carriedOver.get(c)), String.valueOf(right)),
                        Text.of("annual.sum.balance.hint")));
            }
        }
    }

    private static String column(int c) {
        return c < APPLICANTS ? AnnualReportForm.APPLICANT_COLUMNS.get(c) : AnnualReportForm.TOTAL;
    }

    private static String terms(List<String> labels, List<Long> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(labels.get(i) + " " + values.get(i));
        }
        return String.join(" + ", out);
    }

    private static List<Long> longs(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::longValueExact).toList();
    }
}
