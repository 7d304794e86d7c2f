package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.gongkai.build.BuildListener;
import org.gongkai.build.Stage;
import org.gongkai.problem.Language;
import org.gongkai.problem.Text;

/**
 * One progress line on a terminal, rewritten in place every 200 ms (「生成页面：4321 个文件」, "rendering: 4321
 * files"), erased when the build ends. Only used when stderr is a terminal and --quiet is off, so logs and pipes
 * stay clean.
 */
final class TerminalProgress implements BuildListener {

    private final PrintWriter err;
    private final Language language;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Text stage = Text.NONE;
    private volatile IntSupplier done = () -> 0;
    private int width;

    TerminalProgress(PrintWriter err, Language language) {
        this.err = err;
        this.language = language;
        ticker.scheduleAtFixedRate(this::draw, 200, 200, TimeUnit.MILLISECONDS);
    }

    static BuildListener forTerminal(PrintWriter err, boolean quiet, Language language) {
        return System.console() != null && !quiet ? new TerminalProgress(err, language) : BuildListener.SILENT;
    }

    @Override
    public void stage(Stage stage, IntSupplier counter) {
        this.done = counter;
        this.stage = switch (stage) {
            case OUTPUT, LOAD -> Text.of("cli.progress.loading");
            case ASSEMBLE, RENDER -> Text.of("cli.progress.rendering");
            case PUBLISH -> Text.of("cli.progress.publishing");
        };
    }

    private synchronized void draw() {
        int count = done.getAsInt();
        String line = count > 0 ? language.text("cli.progress.files", stage, count) : language.text("cli.progress.stage", stage);
        int columns = columns(line);
        err.print("\r" + line + " ".repeat(Math.max(0, width - columns)));
        err.flush();
        width = columns;
    }

    /** How many columns a terminal gives the line: Chinese characters and full-width marks take two. */
    static int columns(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(line.charAt(i));
            boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
            columns += wide ? 2 : 1;
        }
        return columns;
    }

    @Override
    public synchronized void finished() {
        ticker.shutdownNow();
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
