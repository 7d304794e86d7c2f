package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.render.PageSink;

/** The folder a build writes into before it is swapped in as the published site. Thread-safe. */
public final class StagingSite implements PageSink {

    private final Path dir;
    /** The published folder as the user names it, for messages: what is staged here is going there. */
    private final String shown;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger carried = new AtomicInteger();

    StagingSite(Path dir, String shown) {
        this.dir = dir;
        this.shown = shown;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = claim(path);
        try {
            Files.write(target, content);
        } catch (IOException e) {
            throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
        }
    }

    @Override
    public void copy(Path source, String path) {
        Path target = claim(path);
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
        }
    }

    /**
     * Takes a file over from the published site unchanged (an incremental build): a hard link where the file system
     * allows one, else a copy.
     */
    @Override
    public void carry(Path published, String path) {
        Path target = claim(path);
        if (path.endsWith(".html")) {
            carried.incrementAndGet();
        }
        try {
            Files.createLink(target, published);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(published, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException copyFailed) {
                throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", copyFailed);
            }
        }
    }

    /** Whether {@code path} was written or carried already. */
    public boolean has(String path) {
        return written.contains(path);
    }

    /** HTML files taken over from the published site. */
    public int carriedPageCount() {
        return carried.get();
    }

    /** Paths are checked for collisions before rendering, so a second write to one path is a bug. */
    private Path claim(String path) {
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs were written to " + path);
        }
        Path target = dir.resolve(path).normalize();
        if (!target.startsWith(dir)) {
            throw new IllegalStateException("output path outside the site: " + path);
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
        }
        return target;
    }

    /** The paths written so far, relative to the folder, with {@code /} separators. */
    Set<String> files() {
        Set<String> files = new java.util.HashSet<>();
        for (String path : written) {
            files.add(dir.relativize(dir.resolve(path).normalize()).toString().replace('\\', '/'));
        }
        return files;
    }

    public int fileCount() {
        return written.size();
    }

    /** HTML files written: pages, list pages, 404 and alias redirects. */
    public int pageCount() {
        return (int) written.stream().filter(p -> p.endsWith(".html")).count();
    }
}
