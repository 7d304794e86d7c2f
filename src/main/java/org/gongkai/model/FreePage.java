package org.gongkai.model;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A free page from {@code content/pages/} (关于我们, 信息公开指南 …). Its URL is {@code pages/<slug>/}.
 *
 * @param weight orders the pages where they are listed (footer, home page): lower first, pages without after
 * @param checkIgnore the kinds of finding {@code check_ignore} suppresses in this file
 * @param meta the 政府信息公开 metadata of the front matter ({@link ItemMeta#NONE} when none is written)
 */
public record FreePage(String slug, String sourcePath, String title, String body, int bodyLine, OptionalInt weight,
                       List<CheckIgnore> checkIgnore, ItemMeta meta) {

    /**
     * The order pages are listed in: by weight, lower first, those without one after; then by title in pinyin
     * order (as a clerk reads a list of Chinese titles, not by code point); then by file name, so it is stable.
     */
    public static final Comparator<FreePage> LISTED = Comparator
            .comparingInt((FreePage page) -> page.weight().isPresent() ? 0 : 1)
            .thenComparingInt(page -> page.weight().orElse(0))
            .thenComparing(FreePage::title, Collator.getInstance(Locale.CHINA))
            .thenComparing(FreePage::slug);

    public FreePage {
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(sourcePath, "sourcePath must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(body, "body must not be null");
        weight = weight == null ? OptionalInt.empty() : weight;
        checkIgnore = checkIgnore == null ? List.of() : List.copyOf(checkIgnore);
        meta = meta == null ? ItemMeta.NONE : meta;
    }

    public FreePage(String slug, String sourcePath, String title, String body, int bodyLine) {
        this(slug, sourcePath, title, body, bodyLine, OptionalInt.empty(), List.of(), ItemMeta.NONE);
    }

    public FreePage(String slug, String sourcePath, String title, String body, int bodyLine, OptionalInt weight) {
        this(slug, sourcePath, title, body, bodyLine, weight, List.of(), ItemMeta.NONE);
    }

    public FreePage(String slug, String sourcePath, String title, String body, int bodyLine, List<CheckIgnore> checkIgnore) {
        this(slug, sourcePath, title, body, bodyLine, OptionalInt.empty(), checkIgnore, ItemMeta.NONE);
    }
}
