package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.gongkai.build.BuildListener;

/**
 * One progress line on a terminal, rewritten in place every 200 ms ("rendering: 4321 files"), erased when the
 * build ends. Only used when stderr is a terminal and --quiet is off, so logs and pipes stay clean.
 */
final class TerminalProgress implements BuildListener {

    private final PrintWriter err;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String stage = "";
    private volatile IntSupplier done = () -> 0;
    private int width;

    TerminalProgress(PrintWriter err) {
        this.err = err;
        ticker.scheduleAtFixedRate(this::draw, 200, 200, TimeUnit.MILLISECONDS);
    }

    static BuildListener forTerminal(PrintWriter err, boolean quiet) {
        return System.console() != null && !quiet ? new TerminalProgress(err) : BuildListener.SILENT;
    }

    @Override
    public void stage(String name, IntSupplier counter) {
        this.done = counter;
        this.stage = name;
    }

    private synchronized void draw() {
        int count = done.getAsInt();
        String line = count > 0 ? stage + ": " + count + " files" : stage + "…";
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
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
