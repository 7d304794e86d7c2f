package org.gongkai.work;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One build's work beside its main thread: tasks forked onto the fork-join pool the caller runs in (the common
 * pool, from the main thread) and joined where their result is needed. A task that no thread has started when it
 * is joined runs in the joining thread, so a pool without free threads (or with none at all) only makes the work
 * serial. The first failure, of a task or of the caller ({@link #abandon}), stops the rest: no task starts after
 * it, and {@link #abandon} returns only once none is still running, so nothing writes into a staging folder after
 * it is abandoned. Exceptions reach the joiner as thrown, never wrapped or copied (a {@code BuildFailedException}
 * keeps its problems).
 */
public final class BuildWork {

    private static final int RUNS_PER_THREAD = 8;

    private final AtomicReference<RuntimeException> stop = new AtomicReference<>();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    /** Tasks running now; guarded by {@code this}. */
    private int running;

    /** Starts {@code job} on a pool thread (or in whoever joins it first). */
    public <T> Task<T> fork(Supplier<T> job) {
        Task<T> task = new Task<>(this, job);
        ForkJoinTask.adapt(task::run).fork();
        return task;
    }

    /**
     * The results of {@code tasks} in their order. The joining thread first runs every task no thread has started
     * yet, then waits for the others: it never idles while work is left. The first failure in that order is
     * rethrown once none of them is running any more.
     */
    public <T> List<T> joinAll(List<Task<T>> tasks) {
        tasks.forEach(Task::run);
        List<T> results = new ArrayList<>(tasks.size());
        try {
            for (Task<T> task : tasks) {
                results.add(task.join());
            }
        } catch (RuntimeException | Error e) {
            tasks.forEach(Task::awaitDone); // every one has been started (above): each ends, if only by skipping its job
            throw e;
        }
        return results;
    }

    /** {@code f} of each item, on all threads, in the order of {@code items} (as {@link #joinAll}). */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        // a few runs of items per thread: enough to even out their lengths, few enough that forking costs nothing
        ForkJoinPool pool = ForkJoinTask.getPool();
        int threads = 1 + (pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism());
        int run = Math.max(1, items.size() / (RUNS_PER_THREAD * threads));
        List<Task<List<R>>> tasks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += run) {
            List<T> part = items.subList(from, Math.min(items.size(), from + run));
            tasks.add(fork(() -> {
                List<R> results = new ArrayList<>(part.size());
                part.forEach(item -> results.add(f.apply(item)));
                return results;
            }));
        }
        List<R> results = new ArrayList<>(items.size());
        joinAll(tasks).forEach(results::addAll);
        return results;
    }

    /** {@code action} on each item, on all threads (as {@link #map}). */
    public <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return item;
        });
    }

    /**
     * Starts no further task and waits until none is running: the caller failed, and what the tasks write is about
     * to be thrown away. Not to be called from inside a task (it would wait for itself).
     */
    public void abandon() {
        stop.compareAndSet(null, new CancellationException("build abandoned"));
        boolean interrupted = false;
        synchronized (this) {
            while (running > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // still wait: returning early would let a task write after the abandon
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the work is stopping (a failure or {@link #abandon}): a long task may end early. */
    public boolean stopping() {
        return stop.get() != null;
    }

    private synchronized void started() {
        running++;
    }

    private synchronized void ended() {
        if (--running == 0) {
            notifyAll();
        }
    }

    private void failed(Throwable thrown) {
        firstFailure.compareAndSet(null, thrown);
        stop.compareAndSet(null, new CancellationException("another task failed"));
    }

    /** A forked job and, once it has run, its result or what it threw. */
    public static final class Task<T> {

        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;

        private final BuildWork work;
        private final AtomicInteger state = new AtomicInteger(NEW);
        private Supplier<T> job;
        private T result;
        private Throwable thrown;

        private Task(BuildWork work, Supplier<T> job) {
            this.work = work;
            this.job = job;
        }

        /**
         * Its result, running it here if no thread has started it. Rethrows what it threw as thrown; a task that never
         * ran, the work having stopped first, throws the first failure of the work (or a CancellationException after
         * {@link BuildWork#abandon}).
         */
        public T join() {
            run();
            awaitDone();
            if (thrown != null) {
                throw unchecked(thrown);
            }
            return result;
        }

        /** Runs the job here if no thread has started it yet; returns at once otherwise. */
        public void runIfNotStarted() {
            run();
        }

        private void run() {
            if (!state.compareAndSet(NEW, RUNNING)) {
                return;
            }
            // counted before the stop is read, so abandon() either waits for this task or this task sees the stop
            work.started();
            try {
                if (work.stopping()) {
                    Throwable first = work.firstFailure.get();
                    thrown = first != null ? first : work.stop.get();
                } else {
                    result = job.get();
                }
            } catch (Throwable e) { // a checked one too, if a library throws it unchecked
                thrown = e;
                work.failed(e);
            } finally {
                job = null;
                synchronized (this) {
                    state.set(DONE);
                    notifyAll();
                }
                work.ended();
            }
        }

        private void awaitDone() {
            if (state.get() == DONE) {
                return;
            }
            try {
                // a pool thread that waits lets the pool start another meanwhile
                ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                    @Override
                    public boolean block() throws InterruptedException {
                        synchronized (Task.this) {
                            while (state.get() != DONE) {
                                Task.this.wait();
                            }
                        }
                        return true;
                    }

                    @Override
                    public boolean isReleasable() {
                        return state.get() == DONE;
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a task of the build");
            }
        }

        private static RuntimeException unchecked(Throwable thrown) {
            if (thrown instanceof Error error) {
                throw error;
            }
            return thrown instanceof RuntimeException runtime ? runtime : new UndeclaredThrowableException(thrown);
        }
    }
}
