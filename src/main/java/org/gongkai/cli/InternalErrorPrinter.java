package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.gongkai.problem.FileFailure;
import org.gongkai.problem.Language;

/**
 * What a user sees of a defect in Gongkai: one line naming the file that was being processed and asking for a
 * report, never a stack trace unless {@code --debug} asks for it.
 */
final class InternalErrorPrinter {

    private final PrintWriter err;
    private final Language language;

    InternalErrorPrinter(PrintWriter err, Language language) {
        this.err = err;
        this.language = language;
    }

    void print(Throwable failure, boolean debug) {
        Throwable root = FileFailure.rootOf(failure);
        String what = firstLine(root.getMessage() == null ? root.getClass().getName()
                : root.getClass().getName() + ": " + root.getMessage());
        Optional<String> file = FileFailure.fileIn(failure);
        err.println(file.isPresent() ? file.get() + ": " + language.text("cli.internal.inFile", what)
                : language.text("cli.internal.inSite", what));
        if (debug) {
            failure.printStackTrace(err);
        } else {
            err.println("  " + language.text("cli.hint", language.text("cli.internal.hint")));
        }
        err.flush();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
