package org.gongkai.lint.data;


import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleBiFunction;

/**
 * The data rows of a region (or of several) by year, with the rows similar to each figure label in every year kept
 * by the label's text: reports repeat the same programmes' names in every statement, and all reports of a region
 * ask the same rows. One lookup per label serves all years (a lookup per label and year cost more than the
 * matching).
 */
public final class YearTable {

    private final List<YearRows> years;
    /** Read and filled by the threads that check reports. */
    private final Map<String, YearRows.Scored[]> scored = new ConcurrentHashMap<>();

    YearTable(List<YearRows> years) {
        this.years = List.copyOf(years);
    }

    /** {@code rows} (in table order) by year, the years in the order they first appear. */
    public static YearTable of(List<DataRow> rows) {
        return new YearTable(YearRows.of(rows));
    }

    public List<YearRows> years() {
        return years;
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    /**
     * For each year in {@link #years()} order, the rows similar to {@code label} as {@link YearRows#scored} finds
     * them; {@code similarity} scores a row against the label's bigrams.
     */
    public YearRows.Scored[] scored(String label, ToDoubleBiFunction<Set<String>, DataRow> similarity) {
        return scored.computeIfAbsent(label, text -> {
            Set<String> bigrams = Names.bigrams(text);
            YearRows.Scored[] byYear = new YearRows.Scored[years.size()];
            for (int y = 0; y < byYear.length; y++) {
                byYear[y] = years.get(y).scored(bigrams, row -> similarity.applyAsDouble(bigrams, row));
            }
            return byYear;
        });
    }
}
