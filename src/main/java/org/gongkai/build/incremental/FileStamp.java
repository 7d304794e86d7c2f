package org.gongkai.build.incremental;

import java.io.Serializable;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time (in nanoseconds, as precise as the file system keeps it): enough to notice that
 * someone changed {@code site/} by hand, or that an input file may have changed.
 */
public record FileStamp(long size, long modified) implements Serializable {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
