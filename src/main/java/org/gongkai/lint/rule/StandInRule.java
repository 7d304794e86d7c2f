package org.gongkai.lint.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.lint.Finding;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.model.FrontMatterLines;
import org.gongkai.model.Report;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A value {@code gongkai import} had to fill in because the text did not give it (the 成文日期 of a report without a
 * sign-off date, its year, period, category, department) still carries the import's comment on a report that is no
 * longer a draft: it is about to be published unchecked. Drafts are left alone: the import listed their stand-ins
 * when it wrote them.
 */
public final class StandInRule implements ContentRule {

    public static final String KIND = "stand-in";

    /** The comment {@code gongkai import} writes after a value it could not read (written here once, for both). */
    public static final String MARKER = "# 未能从原文读出：";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.REPORT_FIELDS);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        Report report = document.report().orElse(null);
        if (report == null || report.draft()) {
            return;
        }
        FrontMatterLines frontMatter = report.frontMatter();
        String[] lines = frontMatter.yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(MARKER);
            if (at > 0) {
                String value = lines[i].substring(0, at).strip();
                String what = lines[i].substring(at + MARKER.length()).strip();
                out.add(Finding.of(SourcePosition.of(document.file(), frontMatter.firstLine() + i, 1), Severity.WARNING,
                        KIND, Text.of("lint.standIn", value, what), Text.of("lint.standIn.hint")));
            }
        }
    }
}
