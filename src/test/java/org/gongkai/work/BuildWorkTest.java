package org.gongkai.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.BuildFailedException;

class BuildWorkTest {

    @Test
    void joinAllGivesTheResultsInTheOrderOfTheTasks() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        // the first task to start waits until a second one has started elsewhere: a joiner quick enough to run every
        // task itself before a pool thread takes one would otherwise leave nothing to tell
        CountDownLatch twoStarted = new CountDownLatch(2);
        List<Integer> results = inPool(4, () -> {
            BuildWork work = new BuildWork();
            return work.joinAll(IntStream.range(0, 500).mapToObj(i -> work.fork(() -> {
                threads.add(Thread.currentThread().getName());
                twoStarted.countDown();
                awaitQuietly(twoStarted);
                return i * i;
            })).toList());
        });
        assertThat(results).isEqualTo(IntStream.range(0, 500).map(i -> i * i).boxed().toList());
        assertThat(threads).hasSizeGreaterThan(1);
    }

    @Test
    void mapKeepsTheOrderOfTheItems() throws Exception {
        List<String> items = IntStream.range(0, 300).mapToObj(i -> "r" + i).toList();
        assertThat(inPool(3, () -> new BuildWork().map(items, s -> s + "!")))
                .isEqualTo(items.stream().map(s -> s + "!").toList());
    }

    @Test
    void aTaskNoThreadStartedRunsInTheJoiningThread() throws Exception {
        // the pool's only thread is the one joining: nothing else can run the task
        String ranOn = inPool(1, () -> {
            BuildWork work = new BuildWork();
            BuildWork.Task<String> task = work.fork(() -> Thread.currentThread().getName());
            return task.join() + " " + Thread.currentThread().getName();
        });
        String[] names = ranOn.split(" ");
        assertThat(names[0]).isEqualTo(names[1]);
    }

    @Test
    void theExceptionReachesTheJoinerAsThrown() throws Exception {
        BuildFailedException failure = new BuildFailedException("render", List.of(), 0);
        StackOverflowError error = new StackOverflowError();
        Throwable[] caught = inPool(4, () -> {
            BuildWork work = new BuildWork();
            BuildWork.Task<Object> failing = work.fork(() -> {
                throw failure;
            });
            Throwable[] got = new Throwable[2];
            try {
                failing.join();
            } catch (BuildFailedException e) {
                got[0] = e;
            }
            BuildWork other = new BuildWork();
            try {
                other.fork(() -> {
                    throw error;
                }).join();
            } catch (StackOverflowError e) {
                got[1] = e;
            }
            return got;
        });
        assertThat(caught[0]).isSameAs(failure);
        assertThat(caught[1]).isSameAs(error);
    }

    @Test
    void aFailingTaskCancelsTheOthersNotYetStarted() throws Exception {
        IllegalStateException failure = new IllegalStateException("disk full");
        AtomicBoolean laterRan = new AtomicBoolean();
        Throwable thrown = inPool(1, () -> {
            BuildWork work = new BuildWork();
            BuildWork.Task<Object> failing = work.fork(() -> {
                throw failure;
            });
            BuildWork.Task<Object> later = work.fork(() -> laterRan.getAndSet(true));
            assertThatThrownBy(failing::join).isSameAs(failure);
            assertThat(work.stopping()).isTrue();
            try {
                later.join();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(laterRan).isFalse();
        assertThat(thrown).as("a cancelled task's join throws the failure that cancelled it").isSameAs(failure);
    }

    @Test
    void joinAllRethrowsTheFirstFailureOnlyOnceNoTaskRuns() throws Exception {
        IllegalStateException failure = new IllegalStateException("first");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger seenRunningAtThrow = new AtomicInteger(-1);
        inPool(4, () -> {
            BuildWork work = new BuildWork();
            List<BuildWork.Task<Integer>> tasks = IntStream.range(0, 200).mapToObj(i -> work.fork(() -> {
                running.incrementAndGet();
                try {
                    if (i == 3) {
                        throw failure;
                    }
                    return i;
                } finally {
                    running.decrementAndGet();
                }
            })).toList();
            try {
                work.joinAll(tasks);
            } catch (IllegalStateException e) {
                assertThat(e).isSameAs(failure);
                seenRunningAtThrow.set(running.get());
            }
            return null;
        });
        assertThat(seenRunningAtThrow).hasValue(0);
    }

    @Test
    void abandonWaitsForTheRunningTaskAndNothingStartsAfterIt() throws Exception {
        BuildWork work = new BuildWork();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean abandonReturned = new AtomicBoolean();
        AtomicBoolean sawAbandonReturned = new AtomicBoolean(true);
        Thread writer = new Thread(() -> work.fork(() -> {
            started.countDown();
            // stands for a page being written: it goes on until the build says stop, then ends its file
            while (!work.stopping()) {
                Thread.onSpinWait();
            }
            sawAbandonReturned.set(abandonReturned.get());
            return null;
        }).join());
        writer.start();
        started.await();
        work.abandon();
        abandonReturned.set(true);
        writer.join();
        assertThat(sawAbandonReturned).as("the task ended before abandon() returned").isFalse();

        AtomicBoolean ranAfter = new AtomicBoolean();
        BuildWork.Task<Boolean> late = work.fork(() -> ranAfter.getAndSet(true));
        assertThatThrownBy(late::join).isInstanceOf(CancellationException.class);
        assertThat(ranAfter).isFalse();
    }

    @Test
    void aTaskForkedBeforeAbandonButNotStartedNeverRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        Throwable thrown = inPool(1, () -> {
            BuildWork work = new BuildWork();
            BuildWork.Task<Boolean> task = work.fork(() -> ran.getAndSet(true));
            work.abandon();
            try {
                task.join();
                return null;
            } catch (CancellationException e) {
                return e;
            }
        });
        assertThat(thrown).isInstanceOf(CancellationException.class);
        assertThat(ran).isFalse();
    }

    /** Runs {@code body} on a fork-join pool of that many threads: the tasks it forks go to that pool. */
    /** Waits up to 10 s (a task cannot throw a checked exception): long enough for a pool thread to take a task. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T inPool(int threads, Supplier<T> body) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(body::get).get();
        } finally {
            pool.shutdown();
        }
    }
}
