package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * A free page from {@code content/pages/} (关于我们, 信息公开指南 …). Its URL is {@code pages/<slug>/}.
 *
 * @param checkIgnore the kinds of finding {@code check_ignore} suppresses in this file
 */
public record FreePage(String slug, String sourcePath, String title, String body, int bodyLine,
                       List<CheckIgnore> checkIgnore) {

    public FreePage {
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(sourcePath, "sourcePath must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(body, "body must not be null");
        checkIgnore = checkIgnore == null ? List.of() : List.copyOf(checkIgnore);
    }

    public FreePage(String slug, String sourcePath, String title, String body, int bodyLine) {
        this(slug, sourcePath, title, body, bodyLine, List.of());
    }
}
