package org.gongkai.load;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time (in nanoseconds, as precise as the file system keeps it): enough to notice that
 * someone changed {@code site/} by hand, or that an input file may have changed (the build's cache; the preview's
 * load, which reads a report file again whose stamp is not the one it was read with).
 */
public record FileStamp(long size, long modified) implements Serializable {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    /** The stamp of {@code file}; empty when it cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(of(Files.readAttributes(file, BasicFileAttributes.class)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
