package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gongkai.lint.Finding;

/** {@code path:line[:column]: [kind] message}, then {@code   hint: …}: the text format of {@code gongkai check}. */
final class FindingPrinter {

    private FindingPrinter() {
    }

    static void print(List<Finding> findings, PrintWriter out) {
        for (Finding finding : findings) {
            out.println(finding.position() + ": [" + finding.kind() + "] " + finding.problem().message());
            if (!finding.problem().hint().isEmpty()) {
                out.println("  hint: " + finding.problem().hint());
            }
        }
    }
}
