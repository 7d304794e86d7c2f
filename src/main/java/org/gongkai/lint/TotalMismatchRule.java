package org.gongkai.lint;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.problem.Severity;

/**
 * {@code total-mismatch}: a stated total whose parts do not add up to it, in prose (「共…其中…」, 「合计」,
 * 「…3315余万元：A…B…」) and in tables with a 合计/总计 row or column. 余, 多, 约, 近 and 超 are respected; a list
 * after 其中 that adds up to less than the total is a subset, not a mismatch. One finding per total, on the line
 * of the 合计 row or of the sentence that states the total, with the computed sum and the difference.
 */
final class TotalMismatchRule implements ContentRule {

    static final String KIND = "total-mismatch";

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        for (TotalStatement statement : document.totals()) {
            if (!statement.addsUp()) {
                out.add(finding(statement));
            }
        }
    }

    private static Finding finding(TotalStatement statement) {
        Quantity total = statement.total().quantity();
        BigDecimal sum = statement.writtenSum();
        BigDecimal difference = sum.subtract(total.base());
        String parts = statement.parts().stream().map(p -> p.quantity().text()).collect(Collectors.joining(" + "));
        boolean unitless = total.unit().isEmpty();
        String shownSum = unitless ? total.showNumber(sum) : total.show(sum);
        String shownDifference = unitless ? total.showNumber(difference.abs()) : total.show(difference.abs());
        String direction = difference.signum() < 0 ? "less" : "more";
        StringBuilder message = new StringBuilder();
        if (statement.parts().size() == 1 && !statement.isTable()) {
            TotalStatement.Figure part = statement.parts().get(0);
            return Finding.of(statement.total().text().position(total.start()), Severity.WARNING, KIND,
                    "「" + total.text() + "」 is less than one of its parts, 「" + part.label() + part.quantity().text() + "」",
                    "a part cannot be more than the whole: check both figures against the source document");
        }
        if (statement.isTable()) {
            message.append(statement.label()).append(" 「").append(total.text()).append("」 does not match the rows: ");
        } else {
            message.append("「").append(total.text()).append("」 does not add up: ");
        }
        message.append(parts).append(" = ").append(shownSum).append(", ").append(shownDifference).append(' ')
                .append(direction).append(" than stated");
        if (total.approximation() == Quantity.Approximation.AT_LEAST && difference.signum() < 0) {
            message.append(" (「余」/「多」 means more than ").append(Quantity.plain(total.value())).append(")");
        }
        statement.restated().ifPresent(r -> message.append("; line ").append(r.text().lineOf(r.quantity().start()))
                .append(" states the same total as 「").append(r.quantity().text()).append("」"));
        String hint = statement.complete()
                ? "check each figure against the source document and correct the parts or the total"
                : "the parts after 其中 add up to more than the total: check each figure against the source document";
        return Finding.of(statement.total().text().position(total.start()), Severity.WARNING, KIND,
                message.toString(), hint);
    }
}
