package org.gongkai.build.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The cache file, {@code .gongkai/build-cache} in the site root. Written only after a build has published, and
 * by a rename, so it always describes a site that was published; in a format of its own ({@link BuildCacheCodec}),
 * the rules' findings in it (and the up-to-date record, {@link UpToDate}) read with a filter that admits only the
 * cache's own types (Gongkai's records, and the JDK's strings, numbers, dates and collections).
 */
public final class CacheFile implements CacheStore {

    private static final String NAME = "build-cache";
    static final ObjectInputFilter TYPES = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;org.gongkai.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    /** What a file is written with. */
    private interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path file;

    /** @param dir the cache folder ({@code SitePaths.cache()}) */
    public CacheFile(Path dir) {
        this.file = dir.resolve(NAME);
    }

    /** The file itself. */
    Path path() {
        return file;
    }

    /** What the state of the cache is, and the cache when it can be used. */
    public sealed interface Read {
    }

    public record Missing() implements Read {
    }

    public record Damaged() implements Read {
    }

    /** A cache in the format of an older Gongkai. */
    public record OtherVersion() implements Read {
    }

    public record Found(BuildCache cache) implements Read {
    }

    @Override
    public Read read() {
        if (!Files.isRegularFile(file)) {
            return new Missing();
        }
        try {
            CacheInput in = new CacheInput(Files.readAllBytes(file));
            long format = in.readLong();
            if (format == BuildCacheCodec.FORMAT) {
                return new Found(BuildCacheCodec.read(in));
            }
            return (short) (format >>> 48) == BuildCacheCodec.JAVA_SERIALIZATION ? new OtherVersion() : new Damaged();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // a cut-off file, another format, a class this version does not have: a full build makes a new one
            return new Damaged();
        }
    }

    /**
     * Writes the cache by a rename, so that it is never half written; when it cannot be written (a value the cache
     * cannot hold, a full disk) removes the old one, so that the next build is a full one rather than one that trusts
     * a cache describing another site.
     */
    @Override
    public void write(BuildCache cache) {
        try {
            writeByRename(file, bytes -> BuildCacheCodec.write(new CacheOutput(bytes), cache));
        } catch (IOException | RuntimeException e) {
            delete();
        }
    }

    /** The object in {@code file}, read through the filter. */
    static Object readObject(Path file) throws IOException, ClassNotFoundException {
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(TYPES);
            return in.readObject();
        }
    }

    /** Writes {@code value} into {@code file} by a rename, so that the file is never half written. */
    static void writeObject(Path file, Object value) throws IOException {
        writeByRename(file, bytes -> {
            ObjectOutputStream out = new ObjectOutputStream(bytes);
            out.writeObject(value);
            out.flush();
        });
    }

    /** Writes what {@code contents} writes into {@code file}.tmp, then renames it to {@code file}. */
    private static void writeByRename(Path file, Contents contents) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            contents.writeTo(bytes);
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forgets the cache: the published site is about to change without one (a build that does not keep it). */
    @Override
    public void delete() {
        try {
            Files.deleteIfExists(file.resolveSibling(NAME + ".tmp"));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a cache that cannot be removed is still checked against site/ before it is trusted
        }
    }
}
