package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.data.DataRow;
import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.data.Names;
import org.gongkai.lint.data.YearRows;
import org.gongkai.lint.data.YearTable;
import org.gongkai.lint.text.Chars;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.Quantity;
import org.gongkai.lint.text.TotalStatement;
import org.gongkai.lint.text.TotalStatements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.model.Report;
import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code data-mismatch} (warning): a report's stated amount that contradicts the data files. A report is matched
 * to rows of aid.csv and projects.csv by region (its department names it) and by the programme names its text
 * lists, never by its {@code year}, which may itself be the defect: the year whose rows match the most names wins.
 * The names must match and most of the matched figures must agree, or the rows are taken to be other programmes.
 * A total is compared with the matching rows (the text's own figure stands in for a part with no row); a part is
 * compared with its row.
 */
public final class DataMismatchRule implements ContentRule {

    public static final String KIND = "data-mismatch";

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final double SIMILAR = 0.6;
    /** 成都市 in 成都市武侯区: reports name the district alone. */

    private record Match(TotalStatement.Figure part, DataRow row) {
    }


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY, RuleInput.REPORT_FIELDS, RuleInput.DATA_TABLES);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        if (document.report().isEmpty() || context.data().rows().isEmpty()) {
            return;
        }
        if (TotalStatements.of(document).stream().noneMatch(s -> s.total().quantity().unitClass().equals("元"))) {
            return; // only sums of money are compared with the data
        }
        Report report = document.report().get();
        String where = report.department() + " " + report.title();
        List<DataTables.Region> regions = new ArrayList<>();
        for (DataTables.Region region : context.data().regions()) {
            if (where.contains(region.name()) || (!region.local().isEmpty() && where.contains(region.local()))) {
                regions.add(region);
            }
        }
        YearTable years;
        if (regions.size() == 1) {
            years = regions.get(0).years(); // indexed once per build
        } else {
            List<DataRow> regional = new ArrayList<>();
            regions.forEach(region -> regional.addAll(region.rows()));
            context.data().sortInTableOrder(regional);
            years = YearTable.of(regional);
        }
        if (years.isEmpty()) {
            return;
        }
        for (TotalStatement statement : TotalStatements.of(document)) {
            if (!statement.total().quantity().unitClass().equals("元")) {
                continue;
            }
            List<Match> matches = bestYear(statement.parts(), years);
            long agreeing = matches.stream().filter(DataMismatchRule::agrees).count();
            // similar names whose figures mostly differ are other programmes or projects, not these rows
            if (matches.size() < 2 || matches.size() * 2 < statement.parts().size() || agreeing * 2 <= matches.size()) {
                continue;
            }
            compareParts(matches, out);
            compareTotal(statement, matches, out);
        }
    }

    private static void compareTotal(TotalStatement statement, List<Match> matches, List<Finding> out) {
        Quantity.Interval data = Quantity.Interval.ZERO;
        BigDecimal dataSum = BigDecimal.ZERO;
        Set<TotalStatement.Figure> matched = new HashSet<>();
        for (Match match : matches) {
            BigDecimal amount = match.row().amountWan().multiply(WAN);
            BigDecimal rounding = BigDecimal.ONE.movePointLeft(match.row().amountWan().scale()).multiply(WAN)
                    .divide(BigDecimal.valueOf(2));
            data = data.plus(new Quantity.Interval(amount.subtract(rounding), amount.add(rounding)));
            dataSum = dataSum.add(amount);
            matched.add(match.part());
        }
        for (TotalStatement.Figure part : statement.parts()) {
            if (!matched.contains(part)) {
                data = data.plus(part.quantity().interval());
                dataSum = dataSum.add(part.quantity().base());
            }
        }
        TotalStatement.Figure stated = statement.restated().orElse(statement.total());
        Quantity total = stated.quantity();
        if (data.overlaps(total.interval())) {
            return;
        }
        BigDecimal difference = dataSum.subtract(total.base());
        DataRow first = matches.get(0).row();
        TreeSet<Integer> lines = new TreeSet<>();
        matches.forEach(m -> lines.add(m.row().line()));
        Text message = difference.signum() < 0
                ? Text.of("lint.dataMismatch.total.less", total.text(), first.file(), matches.size(), first.region(),
                        first.year(), lineList(lines), total.show(dataSum), total.show(difference.abs()))
                : Text.of("lint.dataMismatch.total.more", total.text(), first.file(), matches.size(), first.region(),
                        first.year(), lineList(lines), total.show(dataSum), total.show(difference.abs()));
        out.add(Finding.of(stated.text().position(total.start()), Severity.WARNING, KIND, message,
                Text.of("lint.dataMismatch.total.hint", first.file())));
    }

    private static void compareParts(List<Match> matches, List<Finding> out) {
        for (Match match : matches) {
            Quantity part = match.part().quantity();
            BigDecimal amount = match.row().amountWan().multiply(WAN);
            Quantity.Interval row = new Quantity.Interval(amount, amount);
            if (!row.overlaps(part.interval())) {
                out.add(Finding.of(match.part().text().position(part.start()), Severity.WARNING, KIND,
                        Text.of("lint.dataMismatch.part", part.text(), shorten(match.part().label()), match.row().file(),
                                match.row().line(), match.row().name(), Quantity.plain(match.row().amountWan())),
                        Text.of("lint.dataMismatch.part.hint", match.row().file())));
            }
        }
    }

    /** Each part's best row among one year's rows; the year with the most matches (then the closest values) wins. */
    private static List<Match> bestYear(List<TotalStatement.Figure> parts, YearTable years) {
        List<YearRows.Scored[]> similar = new ArrayList<>(parts.size());
        for (TotalStatement.Figure part : parts) {
            similar.add(years.scored(part.label(), DataMismatchRule::rowSimilarity));
        }
        List<Match> best = List.of();
        long bestAgreeing = -1;
        for (int y = 0; y < years.years().size(); y++) {
            if (!anySimilar(similar, y)) {
                // no match: such a year never beats one before it, and any year after it beats it
                continue;
            }
            YearRows rows = years.years().get(y);
            List<Match> matches = match(parts, similar, y, rows);
            long agreeing = matches.stream().filter(DataMismatchRule::agrees).count();
            if (matches.size() > best.size() || matches.size() == best.size() && agreeing > bestAgreeing) {
                best = matches;
                bestAgreeing = agreeing;
            }
        }
        return best;
    }

    /** Whether some part has a row of year {@code y} as similar as {@link #SIMILAR}: else no part matches there. */
    private static boolean anySimilar(List<YearRows.Scored[]> similar, int y) {
        for (YearRows.Scored[] byYear : similar) {
            for (double score : byYear[y].scores()) {
                if (score >= SIMILAR) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double rowSimilarity(Set<String> label, DataRow row) {
        return Math.max(similarity(label, row.nameBigrams()), similarity(label, row.programBigrams()));
    }

    /**
     * {@code similar} holds each part's similar rows of every year, worked out once per label. Only rows that
     * share two bigrams with a label can reach {@link #SIMILAR}; they are tried in table order.
     */
    private static List<Match> match(List<TotalStatement.Figure> parts, List<YearRows.Scored[]> scored, int y,
                                     YearRows year) {
        List<Match> matches = new ArrayList<>();
        Set<DataRow> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int p = 0; p < parts.size(); p++) {
            TotalStatement.Figure part = parts.get(p);
            DataRow best = null;
            double bestScore = 0;
            YearRows.Scored similar = scored.get(p)[y];
            for (int c = 0; c < similar.rows().length; c++) {
                DataRow row = year.rows().get(similar.rows()[c]);
                double score = similar.scores()[c];
                boolean better = score > bestScore || score == bestScore && best != null
                        && agrees(new Match(part, row)) && !agrees(new Match(part, best));
                if (!used.contains(row) && score >= SIMILAR && better) {
                    best = row;
                    bestScore = score;
                }
            }
            if (best != null) {
                used.add(best);
                matches.add(new Match(part, best));
            }
        }
        return matches;
    }

    private static boolean agrees(Match match) {
        BigDecimal amount = match.row().amountWan().multiply(WAN);
        return new Quantity.Interval(amount, amount).overlaps(match.part().quantity().interval());
    }

    /** Share of the shorter name's character pairs found in the other (names are written longer or shorter). */
    static double similarity(String a, String b) {
        return similarity(Names.bigrams(a), Names.bigrams(b));
    }

    /** Shared bigrams over the smaller set's size; counted without copying, as it runs for every row. */
    static double similarity(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int common = 0;
        for (String bigram : small) {
            if (large.contains(bigram)) {
                common++;
            }
        }
        if (common < 2) {
            return 0;
        }
        return (double) common / small.size();
    }

    /** 「line 5」, 「lines 10–14」, 「lines 3, 7」: a noun phrase for the message it is put in. */
    private static Text lineList(TreeSet<Integer> lines) {
        if (lines.last() - lines.first() == lines.size() - 1) {
            return lines.size() == 1 ? Text.of("lint.dataMismatch.line", lines.first())
                    : Text.of("lint.dataMismatch.lineRange", lines.first(), lines.last());
        }
        return Text.of("lint.dataMismatch.lines", List.copyOf(lines));
    }

    private static String shorten(String label) {
        return label.length() > 16 ? label.substring(0, 16) + "…" : label;
    }
}
