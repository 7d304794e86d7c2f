package org.gongkai.load.data;

import java.util.ArrayDeque;

/**
 * Chunks of rows waiting to be checked while a table is still being read. Any thread may take them
 * ({@link #drain}); the first failure stops the taking and is rethrown by {@link #awaitEnd}.
 */
final class CheckQueue {

    /** Two chunks: enough for a thread that comes to help to find work at once. */
    private static final int MAX_WAITING = 2;

    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean reading = true;
    private int running;
    private Throwable failure;

    /**
     * Queues a check, or runs it at once on the calling (reading) thread when enough are waiting already: rows
     * waiting in memory survive garbage collections, and copying them costs more than checking them.
     */
    void add(Runnable check) {
        synchronized (this) {
            if (waiting.size() < MAX_WAITING) {
                waiting.add(check);
                notifyAll();
                return;
            }
            running++;
        }
        run(check);
    }

    /** No check comes after this one. */
    synchronized void readingDone() {
        reading = false;
        notifyAll();
    }

    synchronized void fail(Throwable thrown) {
        if (failure == null) {
            failure = thrown;
        }
        notifyAll();
    }

    /** Runs checks until the reading has ended and none is left waiting. */
    void drain() {
        for (Runnable check = take(); check != null; check = take()) {
            run(check);
        }
    }

    private void run(Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | Error e) {
            fail(e);
        } finally {
            ended();
        }
    }

    /** Waits for the checks other threads are running, then rethrows the first failure, if any. */
    synchronized void awaitEnd() {
        while (running > 0) {
            await();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private synchronized Runnable take() {
        while (waiting.isEmpty() && reading && failure == null) {
            await();
        }
        Runnable next = failure == null ? waiting.poll() : null;
        if (next != null) {
            running++;
        }
        return next;
    }

    private synchronized void ended() {
        running--;
        notifyAll();
    }

    private void await() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the data tables", e);
        }
    }
}
