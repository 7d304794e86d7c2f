package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

import org.gongkai.render.WrittenPage;

/**
 * Runs the data pages' jobs (a page, a group of pages, a download) on the fork-join pool the build's parallel
 * streams use, alongside whatever the caller does meanwhile: {@link #start} plans the jobs and lets the pool's
 * threads take them one by one; {@link #finish} makes the caller take what is left and then waits for the jobs
 * still running. So a caller that is done with its own work (the report pages) never waits idle while a single
 * pool thread works through a long list. With the common pool's parallelism at 0, the caller runs them all, one
 * after the other. Each job writes its own files from read-only inputs, and the results are returned in the
 * order of the list, so what is written never depends on which thread ran what, or when.
 */
final class ParallelJobs {

    /** One unit of work: writes its files and returns the pages among them. */
    interface Job extends Supplier<List<WrittenPage>> {
    }

    /** The jobs and, by position, what each returned. */
    private record Plan(List<Job> jobs, AtomicReferenceArray<List<WrittenPage>> results) {
    }

    private static final Plan NOTHING = new Plan(List.of(), new AtomicReferenceArray<>(0));

    private final AtomicInteger next = new AtomicInteger();
    /** The first failure: no job starts after it, and {@link #finish} rethrows it. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final ForkJoinTask<Plan> plan;
    private final List<ForkJoinTask<?>> takers = new ArrayList<>();

    private ParallelJobs(Supplier<List<Job>> planner) {
        plan = ForkJoinTask.adapt(() -> {
            try {
                List<Job> jobs = planner.get();
                return new Plan(jobs, new AtomicReferenceArray<>(jobs.size()));
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e); // kept as thrown: join() would hand back a copy
                return NOTHING;
            }
        });
    }

    /** Plans the jobs on a pool thread and lets the pool's threads take them. */
    static ParallelJobs start(Supplier<List<Job>> planner) {
        ParallelJobs run = new ParallelJobs(planner);
        run.plan.fork();
        for (int i = 0; i < poolThreads(); i++) {
            run.takers.add(ForkJoinTask.adapt(run::take).fork());
        }
        return run;
    }

    /**
     * Takes jobs until none is left, waits for those still running, and returns the pages in the order of the
     * jobs. The first failure is rethrown once the running jobs have ended (no new job starts after it).
     */
    List<WrittenPage> finish() {
        take();
        takers.forEach(ForkJoinTask::quietlyJoin);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        Plan done = plan.join();
        List<WrittenPage> written = new ArrayList<>();
        for (int i = 0; i < done.results().length(); i++) {
            written.addAll(done.results().get(i));
        }
        return written;
    }

    /** Starts no further job and waits for the running ones: nothing writes after this returns. */
    void abandon() {
        failure.compareAndSet(null, new IllegalStateException("abandoned"));
        plan.quietlyJoin();
        takers.forEach(ForkJoinTask::quietlyJoin);
    }

    private void take() {
        Plan current = plan.join(); // run here if no pool thread has started it
        List<Job> jobs = current.jobs();
        for (int i = next.getAndIncrement(); i < jobs.size() && failure.get() == null; i = next.getAndIncrement()) {
            try {
                current.results().set(i, jobs.get(i).get());
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e); // caught, so every taker ends normally and finish() sees the original
            }
        }
    }

    /** The threads of the pool the caller's parallel streams run on (not counting the caller). */
    private static int poolThreads() {
        ForkJoinPool pool = ForkJoinTask.getPool();
        return pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism();
    }
}
