package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.gongkai.render.WrittenPage;

/**
 * Runs the data pages' jobs (a page, a group of pages, a download) on every core: the calling thread and
 * {@code threads - 1} helpers take the next job from the list until none is left, so a long job started first
 * (the .xlsx of the whole fee table) runs while the others share the rest. Each job writes its own files from
 * read-only inputs, and the results are returned in the order of the list, so what is written never depends on
 * which thread ran what, or when.
 */
final class ParallelJobs {

    /** One unit of work: writes its files and returns the pages among them. */
    interface Job extends Supplier<List<WrittenPage>> {
    }

    private final int threads;

    /** @param threads how many threads run jobs at once; 1 runs them one after the other on the caller */
    ParallelJobs(int threads) {
        this.threads = Math.max(1, threads);
    }

    int threads() {
        return threads;
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Starts {@code work} on a thread of its own (with more than one thread), for a result needed a little later;
     * the supplier returned waits for it, or works it out on the caller when it was not started.
     */
    <T> Supplier<T> early(Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        if (threads > 1) {
            Thread thread = new Thread(task, "gongkai-data-early");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> {
            task.run(); // does nothing when the thread ran it or is running it
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Runs every job; the first failure is rethrown once the running jobs have ended (no new job starts then). */
    List<WrittenPage> run(List<Job> jobs) {
        List<List<WrittenPage>> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            results.add(List.of());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    List<WrittenPage> written = jobs.get(i).get();
                    synchronized (results) {
                        results.set(i, written);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int helpers = Math.min(threads, jobs.size()) - 1;
        List<Thread> started = new ArrayList<>(Math.max(helpers, 0));
        for (int t = 0; t < helpers; t++) {
            Thread thread = new Thread(worker, "gongkai-data-" + (t + 1));
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : started) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        List<WrittenPage> written = new ArrayList<>();
        synchronized (results) {
            results.forEach(written::addAll);
        }
        return written;
    }
}
