package org.gongkai.cli;

import org.gongkai.problem.Language;
import java.io.PrintWriter;
import java.util.List;

import org.gongkai.lint.Finding;

/** {@code path:line[:column]: [kind] message}, then {@code   hint: …}: the text format of {@code gongkai check}. */
final class FindingPrinter {

    private FindingPrinter() {
    }

    static void print(List<Finding> findings, PrintWriter out, Language language) {
        for (Finding finding : findings) {
            out.println(finding.position() + ": [" + finding.kind() + "] " + finding.problem().message(language));
            String hint = finding.problem().hint(language);
            if (!hint.isEmpty()) {
                out.println("  " + language.text("cli.hint", hint));
            }
        }
    }
}
