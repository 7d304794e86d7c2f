package org.gongkai.cli;

import org.gongkai.problem.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;
import org.gongkai.serve.PreviewListener;
import org.gongkai.serve.Rebuild;

/** Prints what the preview does: each build with its page count and time, and problems as every command does. */
final class ServeConsole implements PreviewListener {

    private static final int FILES_SHOWN = 5;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ProblemPrinter printer;
    private final boolean debug;
    private final Language language;
    private boolean first = true;

    ServeConsole(PrintWriter out, PrintWriter err, boolean debug, Language language) {
        this.out = out;
        this.err = err;
        this.printer = new ProblemPrinter(err, language);
        this.debug = debug;
        this.language = language;
    }

    @Override
    public synchronized void portTaken(int requested, int used) {
        out.println(language.text("cli.serve.portTaken", requested, used));
        out.flush();
    }

    @Override
    public synchronized void rebuilt(Rebuild rebuild) {
        if (!rebuild.files().isEmpty()) {
            out.println(language.text("cli.serve.changed", files(rebuild.files())));
            out.flush();
        }
        rebuild.internalError().ifPresent(this::printInternalError);
        // the note that feed.xml needs base_url says nothing new after the first build
        List<Problem> problems = first ? rebuild.problems()
                : rebuild.problems().stream().filter(p -> p.severity() != Severity.INFO).toList();
        printer.print(problems);
        if (rebuild.failed()) {
            err.println(language.text(first ? "cli.serve.firstBuildFailed" : "cli.serve.rebuildFailed", rebuild.errorCount()));
            err.flush();
        }
        if (rebuild.pages() > 0 || !rebuild.failed()) {
            String key = first ? "cli.serve.built" : rebuild.full() ? "cli.serve.rebuiltAll" : "cli.serve.rebuilt";
            out.println(language.text(key, rebuild.pages(), rebuild.elapsed().toMillis()));
            out.flush();
        }
        first = false;
    }

    private void printInternalError(Throwable e) {
        err.println(language.text("cli.serve.internal", e));
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else {
            err.println("  " + language.text("cli.hint", language.text("cli.serve.internal.hint")));
        }
        err.flush();
    }

    private static Object files(List<String> files) {
        if (files.size() <= FILES_SHOWN) {
            return files;
        }
        return Text.of("cli.serve.changedMore", files.subList(0, FILES_SHOWN), files.size() - FILES_SHOWN);
    }
}
