package org.gongkai.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

import org.gongkai.lint.Finding;
import org.gongkai.model.Site;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * 条例 第四十九条: the annual report on a year is published by 31 January of the next. After that day, a site that
 * publishes annual reports ({@code content/annual-reports/} exists), or that configured {@code disclosure:} (it
 * publishes under the 条例, so it owes the report whether or not the folder exists yet), and has none for the
 * previous year gets a warning.
 */
final class AnnualReportCheck {

    static final String KIND = "annual-report";
    static final String FOLDER = "content/annual-reports";

    private AnnualReportCheck() {
    }

    static Optional<Finding> check(Path root, Site site, LocalDate today) {
        if (!Files.isDirectory(root.resolve(FOLDER)) && !site.config().disclosure().configured()) {
            return Optional.empty();
        }
        int due = today.getYear() - 1;
        boolean pastDeadline = today.isAfter(LocalDate.of(today.getYear(), Month.JANUARY, 31));
        boolean present = site.annualReports().stream().anyMatch(r -> r.year() == due)
                || Files.isRegularFile(root.resolve(FOLDER).resolve(due + ".yaml"));
        if (!pastDeadline || present) {
            return Optional.empty();
        }
        return Optional.of(new Finding(new Problem(SourcePosition.of(FOLDER), Severity.WARNING, KIND,
                Text.of("annual.check.missing", String.valueOf(due), String.valueOf(today.getYear())),
                Text.of("annual.check.missing.hint", String.valueOf(due))), ""));
    }
}
