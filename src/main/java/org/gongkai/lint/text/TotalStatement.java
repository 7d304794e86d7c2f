package org.gongkai.lint.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stated total with the parts the text gives for it: 「资金2358.6万元，其中…161.4万元；…」, 「…8人，…118人，
 * …101人，合计227人」, or a table's 合计 row and the rows above it.
 *
 * @param total the stated total
 * @param parts the parts, in the order written
 * @param complete the parts claim to be all of it (a 合计 row, a list after 「：」); otherwise they may be a subset
 *                 (after 其中) and only parts that add up to more than the total are wrong
 * @param fromEnd for 「…，合计227人」 after a longer sentence: the parts are the ones just before the total,
 *                so any run that ends at the total and adds up is enough
 * @param label in a table, the total row's label (合计); empty in prose
 * @param restated a figure in the text before a table that states the same total (「3315余万元」), if any
 */
public record TotalStatement(Figure total, List<Figure> parts, boolean complete, boolean fromEnd, String label,
                      Optional<Figure> restated) {

    /** A figure and where it is: the text it was read from, and what it is a figure of (its label). */
    public record Figure(Quantity quantity, LintText text, String label) {
    }

    public TotalStatement {
        parts = List.copyOf(parts);
    }

    public boolean isTable() {
        return !label.isEmpty();
    }

    Quantity.Interval sum(List<Figure> figures) {
        Quantity.Interval sum = Quantity.Interval.ZERO;
        for (Figure figure : figures) {
            sum = sum.plus(figure.quantity().interval());
        }
        return sum;
    }

    /** The parts' total as written (point values), in base units. */
    public BigDecimal writtenSum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure part : parts) {
            sum = sum.add(part.quantity().base());
        }
        return sum;
    }

    /** Whether the parts are consistent with the total, allowing for 余/多/约 and rounding. */
    public boolean addsUp() {
        Quantity.Interval stated = total.quantity().interval();
        Quantity.Interval all = sum(parts);
        boolean fits = complete ? all.overlaps(stated) : !all.exceeds(stated);
        if (fits) {
            return true;
        }
        // several breakdowns of one total in a row (文科…理科…；应届…历届…): one that adds up is enough
        for (List<Figure> run : runs()) {
            if (sum(run).overlaps(stated)) {
                return true;
            }
        }
        return false;
    }

    private List<List<Figure>> runs() {
        List<List<Figure>> runs = new ArrayList<>();
        int n = parts.size();
        for (int from = 0; from < n; from++) {
            for (int to = from + 2; to <= n; to++) {
                if (to - from == n || fromEnd && to != n) {
                    continue;
                }
                runs.add(parts.subList(from, to));
            }
        }
        return runs;
    }
}
