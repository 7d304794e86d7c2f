package org.gongkai.cli;

import org.gongkai.problem.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.serve.PreviewListener;
import org.gongkai.serve.Rebuild;

/** Prints what the preview does: each build with its page count and time, and problems as every command does. */
final class ServeConsole implements PreviewListener {

    private static final int FILES_SHOWN = 5;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProblemPrinter printer;
    private final boolean debug;
    private boolean first = true;

    ServeConsole(PrintWriter out, PrintWriter err, boolean debug, Language language) {
        this.out = out;
        this.err = err;
        this.printer = new ProblemPrinter(err, language);
        this.debug = debug;
    }

    @Override
    public synchronized void portTaken(int requested, int used) {
        out.printf(Locale.ROOT, "port %d is in use; serving on port %d instead%n", requested, used);
        out.flush();
    }

    @Override
    public synchronized void rebuilt(Rebuild rebuild) {
        if (!rebuild.files().isEmpty()) {
            out.println("changed: " + files(rebuild.files()));
            out.flush();
        }
        rebuild.internalError().ifPresent(this::printInternalError);
        // the note that feed.xml needs base_url says nothing new after the first build
        List<Problem> problems = first ? rebuild.problems()
                : rebuild.problems().stream().filter(p -> p.severity() != Severity.INFO).toList();
        printer.print(problems);
        if (rebuild.failed()) {
            err.printf(Locale.ROOT, "%s: %d error(s); the browser shows them%s; save the fixed file and the preview updates itself%n",
                    first ? "build failed" : "rebuild failed", rebuild.errorCount(), first ? "" : " over the last good pages");
            err.flush();
        }
        if (rebuild.pages() > 0 || !rebuild.failed()) {
            out.printf(Locale.ROOT, "%s %d pages in %d ms%s%n", first ? "built" : "rebuilt", rebuild.pages(),
                    rebuild.elapsed().toMillis(), rebuild.full() && !first ? " (full build)" : "");
            out.flush();
        }
        first = false;
    }

    private void printInternalError(Throwable e) {
        err.println("internal error while rebuilding: " + e);
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else {
            err.println("  hint: run gongkai serve again with --debug for details, and report it with the output");
        }
        err.flush();
    }

    private static String files(List<String> files) {
        if (files.size() <= FILES_SHOWN) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, FILES_SHOWN)) + " and " + (files.size() - FILES_SHOWN) + " more";
    }
}
