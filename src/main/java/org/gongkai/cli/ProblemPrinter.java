package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;

/** Prints problems in the contract format, {@code path:line[:column]: message} and an indented hint. */
final class ProblemPrinter {

    private final PrintWriter err;

    ProblemPrinter(PrintWriter err) {
        this.err = err;
    }

    void print(List<Problem> problems) {
        for (Problem problem : problems) {
            String prefix = problem.severity() == Severity.ERROR ? "" : problem.severity().label() + ": ";
            String head = problem.position() + ": " + prefix + problem.message();
            err.println(head);
            if (!problem.hint().isEmpty()) {
                err.println("  hint: " + problem.hint());
            }
        }
        err.flush();
    }

    void printFailure(List<Problem> problems, int total) {
        print(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        if (total > problems.size()) {
            err.println("… and " + (total - problems.size()) + " more problem(s) not shown");
        }
        err.println("build failed: " + errors + " error(s)" + (total > problems.size() ? " shown" : "")
                + "; nothing was published, the previous site is unchanged");
        err.flush();
    }
}
