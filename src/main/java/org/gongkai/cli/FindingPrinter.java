package org.gongkai.cli;

import org.gongkai.problem.Language;
import java.io.PrintWriter;
import java.util.List;

import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;

/** {@code path:line[:column]: [kind] message}, then {@code   hint: …}: the text format of {@code gongkai check}. */
final class FindingPrinter {

    private FindingPrinter() {
    }

    static void print(List<Finding> findings, PrintWriter out, Language language) {
        for (Finding finding : findings) {
            print(finding, out, language);
        }
    }

    /** {@code --show-ignored}: each as it would have been shown, then which suppression hides it. */
    static void printIgnored(List<Ignored> ignored, PrintWriter out, Language language) {
        for (Ignored hidden : ignored) {
            print(hidden.finding(), out, language);
            out.println("  " + hidden.note().in(language));
        }
    }

    private static void print(Finding finding, PrintWriter out, Language language) {
        out.println(finding.position() + ": [" + finding.kind() + "] " + finding.problem().message(language));
        String hint = finding.problem().hint(language);
        if (!hint.isEmpty()) {
            out.println("  " + language.text("cli.hint", hint));
        }
    }
}
