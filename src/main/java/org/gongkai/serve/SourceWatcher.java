package org.gongkai.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches {@code content/} and {@code themes/} of a site root, every folder below them included (new folders are
 * registered as they appear), and hands over the changed paths in batches: a batch closes once no change came
 * for {@code quiet}, so several quick saves give one rebuild. Batches are handled one after the other on the
 * watcher's own thread; changes made during a rebuild wait for the next batch.
 */
final class SourceWatcher implements Closeable {

    /** A batch closes after this long even when changes keep coming (a long copy into content/). */
    private static final Duration LONGEST_BATCH = Duration.ofSeconds(2);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);
    private static final Set<String> WATCHED = Set.of("content", "themes");

    /**
     * @param directories the paths of the batch that are, or were, folders
     * @param overflow the system dropped events, so anything may have changed
     */
    record Batch(Set<Path> paths, Set<Path> directories, boolean overflow) {
    }

    private final Path root;
    private final Duration quiet;
    private final Consumer<Batch> handler;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    SourceWatcher(Path root, Duration quiet, Consumer<Batch> handler) {
        this.root = root;
        this.quiet = quiet;
        this.handler = handler;
        try {
            this.service = root.getFileSystem().newWatchService();
            register(root);
            for (String name : WATCHED) {
                registerTree(root.resolve(name), new LinkedHashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + " for changes", e);
        }
        this.thread = new Thread(this::run, "gongkai-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = service.take();
                Set<Path> paths = new LinkedHashSet<>();
                Set<Path> directories = new LinkedHashSet<>();
                boolean overflow = drain(first, paths, directories);
                long deadline = System.nanoTime() + LONGEST_BATCH.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, paths, directories);
                }
                if (overflow || !paths.isEmpty()) {
                    handler.accept(new Batch(paths, directories, overflow));
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() ends the watch
        }
    }

    /** Collects the events of one key; returns whether events were lost. */
    private boolean drain(WatchKey key, Set<Path> paths, Set<Path> directories) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (dir.equals(root) && !WATCHED.contains(path.getFileName().toString())) {
                continue;
            }
            paths.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                directories.add(path);
                try {
                    registerTree(path, paths);
                } catch (IOException e) {
                    overflow = true;
                }
            } else if (event.kind() == ENTRY_DELETE && folders.remove(path)) {
                directories.add(path);
            }
        }
        if (!key.reset()) {
            Path gone = keys.remove(key);
            if (gone != null) {
                folders.remove(gone);
            }
        }
        return overflow;
    }

    /**
     * Registers a folder and all below it; files already inside (copied in with it) count as changed. Each folder
     * is registered before it is listed: a file written in between is then seen by the listing or by an event,
     * never missed (a file seen both ways is one path in the set).
     */
    private void registerTree(Path top, Set<Path> found) throws IOException {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        register(top);
        try (Stream<Path> entries = Files.list(top)) {
            for (Path path : entries.toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(path, found);
                } else {
                    found.add(path);
                }
            }
        }
    }

    private void register(Path dir) throws IOException {
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        folders.add(dir);
    }

    /** Stops watching; a rebuild under way gets a moment to finish, so it does not write into a folder being removed. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is watched any more either way
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread.interrupt();
        }
    }
}
