package org.gongkai.model;

import java.util.Objects;

/**
 * A file under {@code content/static/} that a report lists (the signed PDF, a scan).
 *
 * @param path path below {@code content/static/}, with {@code /} separators; also its path in the site
 * @param sizeBytes the file's size, shown to readers on slow links
 */
public record Attachment(String path, String fileName, String typeLabel, long sizeBytes) {

    public Attachment {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(typeLabel, "typeLabel must not be null");
    }
}
