package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;

/**
 * Prints problems in the contract format, {@code path:line[:column]: message} and an indented hint, in the
 * run's language.
 */
final class ProblemPrinter {

    private final PrintWriter err;
    private final Language language;

    ProblemPrinter(PrintWriter err, Language language) {
        this.err = err;
        this.language = language;
    }

    void print(List<Problem> problems) {
        for (Problem problem : problems) {
            String prefix = problem.severity() == Severity.ERROR ? "" : severity(problem.severity());
            err.println(problem.position() + ": " + prefix + problem.message(language));
            String hint = problem.hint(language);
            if (!hint.isEmpty()) {
                err.println("  " + language.text("cli.hint", hint));
            }
        }
        err.flush();
    }

    void printFailure(List<Problem> problems, int total) {
        print(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        if (total > problems.size()) {
            err.println(language.text("cli.problems.notShown", total - problems.size()));
        }
        err.println(language.text(total > problems.size() ? "cli.build.failedShown" : "cli.build.failed", errors));
        err.flush();
    }

    /** 「警告：」, "warning: " … before a message that is not an error. */
    private String severity(Severity severity) {
        return severity == Severity.WARNING ? language.text("cli.severity.warning") : language.text("cli.severity.info");
    }
}
