package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.gongkai.render.WrittenPage;

/**
 * Runs the data pages' jobs (a page, a group of pages, a download) on the fork-join pool the build's parallel
 * streams use: the calling thread and the pool's threads each take the next job from the list until none is
 * left, so a long job started first (the .xlsx of the whole fee table) runs while the others share the rest.
 * With the common pool's parallelism at 0, the caller runs them all, one after the other. Each job writes its own
 * files from read-only inputs, and the results are returned in the order of the list, so what is written never
 * depends on which thread ran what, or when.
 */
final class ParallelJobs {

    /** One unit of work: writes its files and returns the pages among them. */
    interface Job extends Supplier<List<WrittenPage>> {
    }

    private ParallelJobs() {
    }

    /** Runs every job; the first failure is rethrown once the running jobs have ended (no new job starts then). */
    static List<WrittenPage> run(List<Job> jobs) {
        List<List<WrittenPage>> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            results.add(List.of());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // one taker per thread of the pool, and one for the caller: a parallel stream hands them out, and a
        // taker that starts late finds the list done
        IntStream.range(0, Math.min(takers(), jobs.size())).parallel().forEach(taker -> {
            for (int i = next.getAndIncrement(); i < jobs.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    List<WrittenPage> written = jobs.get(i).get();
                    synchronized (results) {
                        results.set(i, written);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e); // caught, so the stream ends only when every taker has
                }
            }
        });
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

    /** The threads of the pool the stream will run on, and the caller. */
    private static int takers() {
        ForkJoinPool pool = ForkJoinTask.getPool();
        return (pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism()) + 1;
    }
}
