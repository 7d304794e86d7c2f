package org.gongkai.lint.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data rows of one year (of one region or of several), in table order, with an index from each bigram of their
 * names and programmes to the rows that have it. The data cross-check looks up a report's figure label there
 * instead of comparing it with every row: only rows that share two bigrams with it can be similar.
 */
public final class YearRows {

    private final int year;
    private final List<DataRow> rows;
    private final Map<String, int[]> byNameBigram;
    private final Map<String, int[]> byProgramBigram;

    private YearRows(int year, List<DataRow> rows) {
        this.year = year;
        this.rows = List.copyOf(rows);
        this.byNameBigram = index(this.rows, true);
        this.byProgramBigram = index(this.rows, false);
    }

    /** {@code rows} (in table order) grouped by year, the years in the order they first appear. */
    static List<YearRows> of(List<DataRow> rows) {
        Map<Integer, List<DataRow>> byYear = new LinkedHashMap<>();
        for (DataRow row : rows) {
            byYear.computeIfAbsent(row.year(), k -> new ArrayList<>()).add(row);
        }
        List<YearRows> years = new ArrayList<>();
        byYear.forEach((year, yearRows) -> years.add(new YearRows(year, yearRows)));
        return List.copyOf(years);
    }

    int year() {
        return year;
    }

    public List<DataRow> rows() {
        return rows;
    }

    /** Rows similar to a label: their indices in table order, and the similarity of each. */
    public record Scored(int[] rows, double[] scores) {
    }

    /**
     * The rows that share at least two bigrams with {@code label}, with their similarity as {@code similarity}
     * works it out ({@link YearTable} keeps the result per label).
     */
    Scored scored(Set<String> label, java.util.function.ToDoubleFunction<DataRow> similarity) {
        int[] rows = candidates(label);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = similarity.applyAsDouble(this.rows.get(rows[i]));
        }
        return new Scored(rows, scores);
    }

    /** The rows whose name or programme shares at least two bigrams with {@code label}, in table order. */
    int[] candidates(Set<String> label) {
        if (label.size() < 2) {
            return new int[0];
        }
        int[] nameCommon = new int[rows.size()];
        int[] programCommon = new int[rows.size()];
        count(label, byNameBigram, nameCommon);
        count(label, byProgramBigram, programCommon);
        int[] found = new int[rows.size()];
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (nameCommon[i] >= 2 || programCommon[i] >= 2) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static void count(Set<String> label, Map<String, int[]> index, int[] common) {
        for (String bigram : label) {
            int[] having = index.get(bigram);
            if (having != null) {
                for (int row : having) {
                    common[row]++;
                }
            }
        }
    }

    private static Map<String, int[]> index(List<DataRow> rows, boolean names) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            DataRow row = rows.get(i);
            for (String bigram : names ? row.nameBigrams() : row.programBigrams()) {
                lists.computeIfAbsent(bigram, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        lists.forEach((bigram, list) -> index.put(bigram, list.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }
}
