package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.Quantity;
import org.gongkai.lint.text.TotalStatement;
import org.gongkai.lint.text.TotalStatements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.EnumSet;
import java.util.stream.Collectors;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * {@code total-mismatch}: a stated total whose parts do not add up to it, in prose (「共…其中…」, 「合计」,
 * 「…3315余万元：A…B…」) and in tables with a 合计/总计 row or column. 余, 多, 约, 近 and 超 are respected; a list
 * after 其中 that adds up to less than the total is a subset, not a mismatch. One finding per total, on the line
 * of the 合计 row or of the sentence that states the total, with the computed sum and the difference.
 */
public final class TotalMismatchRule implements ContentRule {

    public static final String KIND = "total-mismatch";


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        for (TotalStatement statement : TotalStatements.of(document)) {
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
        boolean less = difference.signum() < 0;
        if (statement.parts().size() == 1 && !statement.isTable()) {
            TotalStatement.Figure part = statement.parts().get(0);
            return Finding.of(statement.total().text().position(total.start()), Severity.WARNING, KIND,
                    Text.of("lint.total.partExceeds", total.text(), part.label() + part.quantity().text()),
                    Text.of("lint.total.partExceeds.hint"));
        }
        Text message;
        if (statement.isTable()) {
            message = less
                    ? Text.of("lint.total.rows.less", statement.label(), total.text(), parts, shownSum, shownDifference)
                    : Text.of("lint.total.rows.more", statement.label(), total.text(), parts, shownSum, shownDifference);
        } else {
            message = less
                    ? Text.of("lint.total.parts.less", total.text(), parts, shownSum, shownDifference)
                    : Text.of("lint.total.parts.more", total.text(), parts, shownSum, shownDifference);
        }
        // the remarks follow the whole sentence in both languages, so they are added to it, not built into it
        if (total.approximation() == Quantity.Approximation.AT_LEAST && less) {
            message = Text.of("lint.total.atLeast", message, Quantity.plain(total.value()));
        }
        if (statement.restated().isPresent()) {
            TotalStatement.Figure restated = statement.restated().get();
            message = Text.of("lint.total.restated", message, restated.text().lineOf(restated.quantity().start()),
                    restated.quantity().text());
        }
        Text hint = statement.complete() ? Text.of("lint.total.hint") : Text.of("lint.total.subset.hint");
        return Finding.of(statement.total().text().position(total.start()), Severity.WARNING, KIND, message, hint);
    }
}
