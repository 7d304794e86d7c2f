package org.gongkai.build.incremental;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.gongkai.lint.ContentLint;
import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;
import org.gongkai.load.FileStamp;
import org.gongkai.load.FileWalk;
import org.gongkai.problem.Problem;
import org.gongkai.work.BuildWork;

/**
 * Whether a build can tell before it loads anything that nothing changed since the last one: the options, the tool,
 * the stamp (size, modification time) of every input file and of every published file, and the cache file's, all
 * as the last build left them ({@code .gongkai/up-to-date}). Then the build says again what that one said and does
 * nothing else. Anything else, a file touched but not changed too, goes the normal way, which compares contents.
 */
public final class UpToDate {

    private static final String NAME = "up-to-date";

    /**
     * A file changed this shortly before its stamp was taken could change again within one tick of the file
     * system's clock (2 s on FAT) and keep its stamp: a build that saw such a file leaves no record.
     */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * What a build said, and what it was true for.
     *
     * @param inputs the hash of the options, the tool, the output folder and every input file's stamp
     * @param cache the cache file's stamp: the record goes with that cache
     * @param published the hash of every published file's stamp
     */
    public record Record(String inputs, FileStamp cache, String published, int pages, int files, List<Problem> problems,
                         List<Finding> findings, List<Ignored> ignored) implements Serializable {

        public Record {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(published, "published");
            problems = List.copyOf(problems);
            findings = List.copyOf(findings);
            ignored = List.copyOf(ignored);
        }

        /** What the content rules found, as that build said it. */
        public ContentLint.Result rules() {
            return new ContentLint.Result(findings, ignored);
        }
    }

    private final Path file;
    private final CacheFile cache;
    /**
     * A file modified at or after this time (nanoseconds; the clock tick before the look took the first stamp) may
     * change again keeping its stamp.
     */
    private final long racyFrom;
    private final Optional<String> inputs;
    private final Optional<Map<String, FileStamp>> inputFiles;
    private final Optional<Record> same;
    private final Optional<Map<String, FileStamp>> published;

    private UpToDate(Path file, CacheFile cache, Walked inputs, Optional<Record> same,
                     Optional<Map<String, FileStamp>> published) {
        this.racyFrom = inputs.racyFrom();
        this.file = file;
        this.cache = cache;
        this.inputs = inputs.hash();
        this.inputFiles = inputs.files();
        this.same = same;
        this.published = published;
    }

    /**
     * Takes the stamps of this build's inputs, before it reads them, and compares them with the last build's record.
     *
     * @param dir the cache folder ({@code SitePaths.cache()})
     * @param setup the tool, the output folder and the options, as one string
     * @param root the site root, which the files' names are taken from
     * @param folders the folders whose files are the input
     * @param clean the user asked for a full build: the record is not even read
     * @param work the build's, which the published site is walked on meanwhile
     */
    public static UpToDate look(Path dir, String setup, Path root, List<Path> folders, Path out, boolean clean,
                                BuildWork work) {
        Path file = dir.resolve(NAME);
        CacheFile cache = new CacheFile(dir);
        Optional<Record> before = clean ? Optional.empty() : read(file);
        if (before.isEmpty() || !before.get().cache().equals(stamp(cache.path()))) {
            forget(file); // written again by a build that publishes, or by one that finds nothing changed
            return new UpToDate(file, cache, walk(setup, root, folders), Optional.empty(), Optional.empty());
        }
        // the published site is walked meanwhile: the normal way needs its files too
        BuildWork.Task<Optional<Map<String, FileStamp>>> walk = work.fork(() -> PublishedFiles.of(out));
        Walked inputs = walk(setup, root, folders);
        Optional<Map<String, FileStamp>> site = walk.join();
        boolean same = inputs.hash().isPresent() && before.get().inputs().equals(inputs.hash().get())
                && site.isPresent() && hash(site.get()).equals(before.get().published());
        if (!same) {
            forget(file);
        }
        return new UpToDate(file, cache, inputs, same ? before : Optional.empty(), site);
    }

    /**
     * Whether {@code stamp} was taken too soon after its file changed for a later build to trust it: within the file
     * system's clock tick before the look took its first stamp.
     */
    public boolean racy(FileStamp stamp) {
        return stamp.modified() >= racyFrom;
    }

    /** No record is read or written: a build without the cache. */
    public static UpToDate none() {
        return new UpToDate(null, null, new Walked(Optional.empty(), Optional.empty(), racyNow()), Optional.empty(),
                Optional.empty());
    }

    /** Every input file's stamp as the look took it, by its path from the site root; empty when one could not be read. */
    public Optional<Map<String, FileStamp>> inputFiles() {
        return inputFiles;
    }

    /** The last build's record, when nothing changed since. */
    public Optional<Record> same() {
        return same;
    }

    /** The published site's files, when the look walked them (to be walked again otherwise). */
    public Optional<Map<String, FileStamp>> published() {
        return published;
    }

    /**
     * Records what this build said, once it has published and written its cache ({@code site}: the published
     * files); nothing when an input changed just before the build or the cache is not there.
     */
    public void save(Map<String, FileStamp> site, List<Problem> problems, ContentLint.Result rules) {
        FileStamp written = stamp(cache == null ? null : cache.path());
        if (inputs.isEmpty() || written == null) {
            return;
        }
        int pages = (int) site.keySet().stream().filter(path -> path.endsWith(".html")).count();
        try {
            CacheFile.writeObject(file, new Record(inputs.get(), written, hash(site), pages, site.size(), problems,
                    rules.findings(), rules.ignored()));
        } catch (IOException | RuntimeException e) {
            forget(file); // a notice the record cannot hold (or a full disk): the next build goes the normal way
        }
    }

    private static Optional<Record> read(Path file) {
        try {
            return Files.isRegularFile(file) && CacheFile.readObject(file) instanceof Record record
                    ? Optional.of(record) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty(); // damaged, or another version's: the normal way finds out and says so
        }
    }

    /**
     * What the walk of the input folders found: every file's stamp by its path from the site root (empty when one
     * could not be read), and their hash with the setup (empty too when a file changed just now, that is at or after
     * {@code racyFrom}).
     */
    private record Walked(Optional<Map<String, FileStamp>> files, Optional<String> hash, long racyFrom) {
    }

    private static long racyNow() {
        return TimeUnit.MILLISECONDS.toNanos(Instant.now().toEpochMilli()) - RACY_NANOS;
    }

    private static Walked walk(String setup, Path root, List<Path> folders) {
        long racy = racyNow();
        long[] newest = {Long.MIN_VALUE};
        Map<String, FileStamp> files = new HashMap<>();
        try {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                String under = root.relativize(folder).toString().replace('\\', '/') + "/";
                FileWalk.walk(folder, (name, path, attributes) -> {
                    // a link is read as the file it leads to, so that file's stamp counts
                    BasicFileAttributes target = FileWalk.followed(path, attributes);
                    if (target.isRegularFile()) {
                        FileStamp stamp = FileStamp.of(target);
                        newest[0] = Math.max(newest[0], stamp.modified());
                        files.put(under + name, stamp);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            return new Walked(Optional.empty(), Optional.empty(), racy);
        }
        return new Walked(Optional.of(files),
                newest[0] >= racy ? Optional.empty() : Optional.of(new TextHash().add(setup).add(hash(files)).hex()), racy);
    }

    private static String hash(Map<String, FileStamp> files) {
        StampSum sum = new StampSum();
        files.forEach(sum::add);
        return sum.hex();
    }

    private static FileStamp stamp(Path file) {
        try {
            return file == null ? null : FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a record that stays is still compared with every stamp before it is trusted
        }
    }

    /** Files and their stamps hashed in any order (a walk's order is the file system's): a sum of each one's hash. */
    private static final class StampSum {
        private long high;
        private long low;
        private long count;

        void add(String path, FileStamp stamp) {
            TextHash one = new TextHash().add(path).add(Long.toString(stamp.size())).add(Long.toString(stamp.modified()));
            high += one.high();
            low += one.low();
            count++;
        }

        String hex() {
            return String.format("%016x%016x%x", high, low, count);
        }
    }
}
