package org.gongkai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One work report: front matter plus its Markdown body.
 *
 * @param slug the file name without {@code .md}; the report's URL is {@code reports/<slug>/}
 * @param sourcePath the file, relative to the site root, for messages
 * @param year the year the report covers (not the year it was written)
 * @param summary empty when the front matter has none
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the file where {@code body} starts
 * @param frontMatter the front matter as written, with the line of each key (for checks)
 * @param checkIgnore the kinds of finding {@code check_ignore} suppresses in this file
 * @param meta the 政府信息公开 metadata of the front matter ({@link ItemMeta#NONE} when none is written)
 */
public record Report(String slug, String sourcePath, String title, LocalDate date, int year, Period period,
                     Category category, String department, List<String> tags, String summary, boolean draft,
                     List<String> aliases, List<Attachment> attachments, String body, int bodyLine,
                     FrontMatterLines frontMatter, List<CheckIgnore> checkIgnore, ItemMeta meta) {

    public Report {
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(sourcePath, "sourcePath must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(department, "department must not be null");
        Objects.requireNonNull(body, "body must not be null");
        tags = List.copyOf(tags);
        summary = summary == null ? "" : summary;
        aliases = List.copyOf(aliases);
        attachments = List.copyOf(attachments);
        frontMatter = frontMatter == null ? FrontMatterLines.NONE : frontMatter;
        checkIgnore = checkIgnore == null ? List.of() : List.copyOf(checkIgnore);
        meta = meta == null ? ItemMeta.NONE : meta;
    }

    /** A report without its front matter text, for code that builds reports by hand. */
    public Report(String slug, String sourcePath, String title, LocalDate date, int year, Period period,
                  Category category, String department, List<String> tags, String summary, boolean draft,
                  List<String> aliases, List<Attachment> attachments, String body, int bodyLine) {
        this(slug, sourcePath, title, date, year, period, category, department, tags, summary, draft, aliases,
                attachments, body, bodyLine, FrontMatterLines.NONE, List.of(), ItemMeta.NONE);
    }

    /** The date the feed and sitemap give: the correction's, else the 发布日期, else the 成文日期. */
    public LocalDate lastChanged() {
        return meta.updated().or(meta::published).orElse(date);
    }
}
