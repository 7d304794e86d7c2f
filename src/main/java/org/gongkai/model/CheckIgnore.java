package org.gongkai.model;

import java.util.Objects;

/**
 * One kind of finding that {@code check_ignore} in a report's or page's front matter suppresses in that whole file,
 * as written: the content rules check the kind and say so when it suppresses nothing.
 *
 * @param kind the kind as written (trimmed), e.g. {@code placeholder}
 * @param line the file line it is written on (1-based)
 * @param column its 1-based column, counted in characters
 */
public record CheckIgnore(String kind, int line, int column) {

    public CheckIgnore {
        Objects.requireNonNull(kind, "kind must not be null");
    }
}
