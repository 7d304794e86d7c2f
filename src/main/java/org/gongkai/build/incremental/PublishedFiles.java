package org.gongkai.build.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.load.FileStamp;
import org.gongkai.load.FileWalk;

/** The files of a published site with their stamps, to tell whether it is still what the last build left. */
public final class PublishedFiles {

    private PublishedFiles() {
    }

    /** Every file under {@code out} by its path there ({@code /} separators); empty when it cannot be read. */
    public static Optional<Map<String, FileStamp>> of(Path out) {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        Map<String, FileStamp> files = new HashMap<>();
        try {
            FileWalk.walk(out, (name, path, attributes) -> files.put(name, FileStamp.of(attributes)));
            return Optional.of(files);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The published site's files after a build published {@code files}, without walking it: the stamps of those
     * taken over by a link are {@code linked}, the others' are read.
     */
    public static Optional<Map<String, FileStamp>> of(Path out, Set<String> files, Map<String, FileStamp> linked) {
        try {
            return Optional.of(files.parallelStream().collect(Collectors.toConcurrentMap(path -> path, path -> {
                FileStamp stamp = linked.get(path);
                try {
                    return stamp != null ? stamp
                            : FileStamp.of(Files.readAttributes(out.resolve(path), BasicFileAttributes.class));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })));
        } catch (UncheckedIOException e) {
            return of(out);
        }
    }
}
