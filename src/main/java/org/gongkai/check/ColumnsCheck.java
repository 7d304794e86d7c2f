package org.gongkai.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.lint.Finding;
import org.gongkai.model.Datasets;
import org.gongkai.model.Disclosure;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The columns an inspection opens: 空白栏目 (a column with nothing in it) and 栏目不更新 (nothing new for longer than
 * {@code stale_months}). They are the reports, each 主题分类 (those site.yaml writes must have items; with the
 * default vocabulary only those in use count) and the data lists of {@code content/data/} whose file exists.
 */
final class ColumnsCheck {

    static final String EMPTY = "empty-column";
    static final String STALE = "stale-column";
    private static final List<String> DATA = List.of("fees", "projects", "aid");

    private ColumnsCheck() {
    }

    static List<Finding> check(Path root, Disclosure disclosure, InspectionItems items, Datasets data,
                               Set<String> filesWithErrors, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        LocalDate cutoff = today.minusMonths(disclosure.staleMonths());
        List<InspectionItems.Item> published = items.published();
        List<InspectionItems.Item> reports = published.stream().filter(i -> i.date().isPresent()).toList();
        if (reports.isEmpty()) {
            findings.add(finding(SourcePosition.of("content/reports"), Severity.ERROR, EMPTY,
                    Text.of("inspect.empty.reports"), Text.of("inspect.empty.reports.hint")));
        } else {
            stale(reports, cutoff).ifPresent(newest -> findings.add(finding(
                    SourcePosition.of(newest.file(), newest.shownLine()), Severity.WARNING, STALE,
                    Text.of("inspect.stale.reports", newest.shown().orElseThrow().toString(), disclosure.staleMonths()),
                    Text.of("inspect.stale.hint"))));
        }
        for (String subject : disclosure.subjects()) {
            List<InspectionItems.Item> in = published.stream().filter(i -> i.meta().subject().equals(subject)).toList();
            if (in.isEmpty()) {
                if (disclosure.subjectsWritten()) {
                    findings.add(finding(SourcePosition.of("content/site.yaml", disclosure.subjectsLine()), Severity.ERROR,
                            EMPTY, Text.of("inspect.empty.subject", subject), Text.of("inspect.empty.subject.hint", subject)));
                }
                continue;
            }
            stale(in, cutoff).ifPresent(newest -> findings.add(finding(
                    SourcePosition.of(newest.file(), Math.max(newest.meta().subjectLine(), 1), newest.meta().subjectColumn()),
                    Severity.WARNING, STALE,
                    Text.of("inspect.stale.subject", subject, newest.shown().orElseThrow().toString(), disclosure.staleMonths()),
                    Text.of("inspect.stale.hint"))));
        }
        for (String table : DATA) {
            int rows = switch (table) {
                case "fees" -> data.fees().size();
                case "projects" -> data.projects().size();
                default -> data.aid().size();
            };
            for (String ext : List.of(".csv", ".xlsx")) {
                String file = "content/data/" + table + ext;
                if (rows == 0 && Files.isRegularFile(root.resolve(file)) && !filesWithErrors.contains(file)) {
                    findings.add(finding(SourcePosition.of(file, 1), Severity.ERROR, EMPTY,
                            Text.of("inspect.empty.data." + table), Text.of("inspect.empty.data.hint")));
                }
            }
        }
        return findings;
    }

    /** The newest item when even it is older than the cutoff; items without any date do not count. */
    private static Optional<InspectionItems.Item> stale(List<InspectionItems.Item> items, LocalDate cutoff) {
        Optional<InspectionItems.Item> newest = items.stream().filter(i -> i.shown().isPresent())
                .max(Comparator.comparing((InspectionItems.Item i) -> i.shown().orElseThrow())
                        .thenComparing(InspectionItems.Item::file));
        return newest.filter(i -> i.shown().orElseThrow().isBefore(cutoff));
    }

    private static Finding finding(SourcePosition at, Severity severity, String kind, Text message, Text hint) {
        return new Finding(new Problem(at, severity, kind, message, hint), "");
    }
}
