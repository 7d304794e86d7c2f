package org.gongkai.cli;

import java.io.PrintWriter;

import org.gongkai.problem.FileFailure;

/**
 * What a user sees of a defect in Gongkai: one line naming the file that was being processed and asking for a
 * report, never a stack trace unless {@code --debug} asks for it.
 */
final class InternalErrorPrinter {

    private final PrintWriter err;

    InternalErrorPrinter(PrintWriter err) {
        this.err = err;
    }

    void print(Throwable failure, boolean debug) {
        Throwable root = FileFailure.rootOf(failure);
        String what = root.getMessage() == null ? root.getClass().getName() : root.getClass().getName() + ": " + root.getMessage();
        String where = FileFailure.fileIn(failure).map(file -> file + ": ").orElse("");
        err.println(where + "internal error in Gongkai while processing " + (where.isEmpty() ? "the site" : "this file")
                + " (" + firstLine(what) + "); please report this");
        if (debug) {
            failure.printStackTrace(err);
        } else {
            err.println("  hint: run again with --debug and send the output with the report; "
                    + "a build that stops like this publishes nothing");
        }
        err.flush();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
