package org.gongkai.load.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The queue between the thread reading a data table and the threads checking its rows. */
class CheckQueueTest {

    @Test
    void everyCheckRunsOnceWhicheverThreadTakesIt() throws InterruptedException {
        CheckQueue queue = new CheckQueue();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();
        List<Thread> helpers = List.of(new Thread(queue::drain), new Thread(queue::drain));
        helpers.forEach(Thread::start);
        for (int i = 0; i < 500; i++) {
            int n = i;
            queue.add(() -> {
                ran.add(n);
                runs.incrementAndGet();
            });
        }
        queue.readingDone();
        queue.drain();
        for (Thread helper : helpers) {
            helper.join(10_000);
        }
        queue.awaitEnd();
        assertThat(ran).hasSize(500);
        assertThat(runs).hasValue(500);
    }

    @Test
    void theReaderChecksItselfOnceTwoChunksAreWaiting() {
        CheckQueue queue = new CheckQueue();
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            queue.add(() -> runs.incrementAndGet());
        }
        assertThat(runs).as("run at once by the reading thread, nobody else being there").hasValue(3);
        queue.readingDone();
        queue.drain();
        queue.awaitEnd();
        assertThat(runs).hasValue(5);
    }

    @Test
    void theFirstFailureStopsTheChecksAndIsRethrownAsItWas() {
        CheckQueue queue = new CheckQueue();
        IllegalStateException failure = new IllegalStateException("row check failed");
        AtomicInteger after = new AtomicInteger();
        queue.add(() -> {
            throw failure;
        });
        queue.add(after::incrementAndGet);
        queue.readingDone();
        queue.drain();
        assertThatThrownBy(queue::awaitEnd).isSameAs(failure);
        assertThat(after).as("no check starts after a failure").hasValue(0);
    }
}
