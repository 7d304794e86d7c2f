package org.gongkai.lint.text;

import java.util.List;
import java.util.Optional;

import org.gongkai.model.Report;

/**
 * One Markdown file as the rules read it: the front matter values that are prose (title, summary, department,
 * tags), the body, and the body's blocks (paragraphs, headings, tables) as offsets into {@link #body()}.
 */
public final class LintDocument {

    /** A range of offsets {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    /** A GFM table: its rows in order, the header row first. Each cell is the span of its text. */
    public record Table(List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    public record Row(boolean header, List<Span> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final String file;
    private final Report report;
    private final LintText frontMatter;
    private final LintText body;
    private final List<Span> paragraphs;
    private final List<Span> headings;
    private final List<Table> tables;
    /** What several rules work out from this document, worked out once; one document is checked by one thread. */
    private final java.util.Map<Object, Object> memos = new java.util.HashMap<>(4);
    private final java.util.Map<Span, List<Quantity>> figures = new java.util.HashMap<>();
    private final Suppressions suppressions;

    LintDocument(String file, Report report, LintText frontMatter, LintText body, List<Span> paragraphs,
                 List<Span> headings, List<Table> tables, Suppressions suppressions) {
        this.file = file;
        this.report = report;
        this.frontMatter = frontMatter;
        this.body = body;
        this.paragraphs = List.copyOf(paragraphs);
        this.headings = List.copyOf(headings);
        this.tables = List.copyOf(tables);
        this.suppressions = suppressions;
    }

    public String file() {
        return file;
    }

    /** The report this document is, or empty for a free page. */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    public LintText frontMatter() {
        return frontMatter;
    }

    public LintText body() {
        return body;
    }

    /** Paragraphs (also those in list items and block quotes), in order. */
    List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> headings() {
        return headings;
    }

    public List<Table> tables() {
        return tables;
    }

    /** The figures of a paragraph of the body (several rules read them). */
    List<Quantity> figures(Span paragraph) {
        return figures.computeIfAbsent(paragraph, p -> Quantities.find(body.masked(), body.chars(), p.start(), p.end()));
    }

    /** {@code work}'s result for this document, worked out on the first call with this key and kept. */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Function<LintDocument, T> work) {
        Object value = memos.get(key);
        if (value == null) {
            value = work.apply(this);
            memos.put(key, value);
        }
        return (T) value;
    }

    /** What {@code gongkai-ignore} and {@code check_ignore} hide in this file. */
    public Suppressions suppressions() {
        return suppressions;
    }

    /** The texts a rule that scans every prose character reads: front matter values, then the body. */
    public List<LintText> texts() {
        return List.of(frontMatter, body);
    }
}
