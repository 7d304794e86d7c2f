package org.gongkai.model;

import java.nio.file.Path;
import java.util.Objects;

/** A file copied as-is from {@code content/static/} to the same relative path in the site. */
public record StaticFile(Path source, String sitePath) {

    public StaticFile {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(sitePath, "sitePath must not be null");
    }
}
