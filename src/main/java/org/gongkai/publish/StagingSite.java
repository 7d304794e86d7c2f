package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.render.PageSink;

/**
 * The folder a build writes into before it is swapped in as the published site. Thread-safe. In the preview, a
 * rebuild that renders only some pages writes them into the served folder itself ({@link Publisher#openInPlace}):
 * the files it takes over are there already.
 */
public final class StagingSite implements PageSink {

    private final Path dir;
    /** Set when this is the served folder itself, written in place. */
    private final InPlaceFiles inPlace;
    private final Set<String> present;
    /** The published folder as the user names it, for messages: what is staged here is going there. */
    private final String shown;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> carriedFiles = ConcurrentHashMap.newKeySet();
    /** Written in place with what the file held already. */
    private final Set<String> unchangedFiles = ConcurrentHashMap.newKeySet();

    /** @param present when written in place, the files the folder holds; else null */
    StagingSite(Path dir, String shown, Set<String> present) {
        this.dir = dir;
        this.shown = shown;
        this.inPlace = present == null ? null : new InPlaceFiles(dir);
        this.present = present == null ? Set.of() : Set.copyOf(present);
    }

    boolean inPlace() {
        return inPlace != null;
    }

    /** Written in place: the files the folder held before. */
    Set<String> present() {
        return present;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void write(String path, byte[] content) {
        if (inPlace != null) {
            claim(path, false);
            try {
                if (!inPlace.write(path, content)) {
                    unchangedFiles.add(path);
                }
            } catch (UncheckedIOException e) {
                throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e.getCause());
            }
            return;
        }
        Path target = claim(path, true);
        try {
            Files.write(target, content);
        } catch (IOException e) {
            throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
        }
    }

    @Override
    public void copy(Path source, String path) {
        if (inPlace != null) {
            try {
                write(path, Files.readAllBytes(source));
            } catch (IOException e) {
                throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
            }
            return;
        }
        Path target = claim(path, true);
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
        }
    }

    /**
     * Takes a file over from the published site unchanged (an incremental build): a hard link where the file system
     * allows one, else a copy.
     *
     * @return whether it is a link: the same file, whose size and time are what they were
     */
    @Override
    public boolean carry(Path published, String path) {
        if (inPlace != null) {
            // it is there already, as it was: only named (its path is the one the last build wrote, checked then)
            if (!written.add(path)) {
                throw new IllegalStateException("two outputs were written to " + path);
            }
            carriedFiles.add(path);
            return true;
        }
        Path target = claim(path, true);
        carriedFiles.add(path);
        try {
            Files.createLink(target, published);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(published, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return false;
            } catch (IOException copyFailed) {
                throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", copyFailed);
            }
        }
    }

    /** Whether {@code path} was written or carried already. */
    public boolean has(String path) {
        return written.contains(path);
    }

    /** The files taken over from the published site, as they were there. */
    Set<String> carried() {
        return carriedFiles;
    }

    /** HTML files taken over from the published site. */
    public int carriedPageCount() {
        return (int) carriedFiles.stream().filter(path -> path.endsWith(".html")).count();
    }

    /** Paths are checked for collisions before rendering, so a second write to one path is a bug. */
    private Path claim(String path, boolean makeFolder) {
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs were written to " + path);
        }
        Path target = dir.resolve(path).normalize();
        if (!target.startsWith(dir)) {
            throw new IllegalStateException("output path outside the site: " + path);
        }
        if (makeFolder) {
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                throw OutputFailure.of(shown + "/" + path, "publish.cannotWrite", e);
            }
        }
        return target;
    }

    /** The paths written (or carried) so far, relative to the folder, with {@code /} separators. */
    public Set<String> files() {
        Set<String> files = new java.util.HashSet<>();
        for (String path : written) {
            // the renderers write plain relative paths; only an odd one is worth the Path round trip
            boolean plain = !path.contains("./") && !path.contains("\\") && !path.contains("//");
            files.add(plain ? path : dir.relativize(dir.resolve(path).normalize()).toString().replace('\\', '/'));
        }
        return files;
    }

    /** Of {@code files} (what {@link #files} gave), those written: not taken over, nor written in place with what they held. */
    Set<String> writtenFiles(Set<String> files) {
        Set<String> written = new java.util.HashSet<>();
        for (String path : files) {
            if (!carriedFiles.contains(path) && !unchangedFiles.contains(path)) {
                written.add(path);
            }
        }
        return written;
    }

    /** Deletes a file of the served folder that this build neither wrote nor took over. */
    void remove(String path) {
        inPlace.delete(path);
    }

    public int fileCount() {
        return written.size();
    }

    /** HTML files written: pages, list pages, 404 and alias redirects. */
    public int pageCount() {
        return (int) written.stream().filter(p -> p.endsWith(".html")).count();
    }
}
