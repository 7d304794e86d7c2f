package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link PreviewListener} that lets a test wait for the next build. */
final class Rebuilds implements PreviewListener {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final BlockingQueue<Rebuild> builds = new LinkedBlockingQueue<>();
    final List<int[]> portsTaken = new ArrayList<>();

    @Override
    public synchronized void portTaken(int requested, int used) {
        portsTaken.add(new int[] {requested, used});
    }

    @Override
    public void rebuilt(Rebuild rebuild) {
        builds.add(rebuild);
    }

    /** The next build; fails the test when none comes in time. */
    Rebuild next() {
        try {
            Rebuild rebuild = builds.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(rebuild).as("a rebuild within " + TIMEOUT).isNotNull();
            return rebuild;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A build that comes within {@code wait}, if any: for checking that nothing more happened. */
    Optional<Rebuild> nextWithin(Duration wait) {
        try {
            return Optional.ofNullable(builds.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
