package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rows of a published index's {@code d/*.js}: per id its document's path, title, date, 发布机构 and excerpt, read
 * as text, compared as written where the documents kept their ids and parsed only where they moved. A file that is
 * not exactly what {@link SearchIndex} writes throws IllegalArgumentException.
 */
final class PublishedRows {

    private final int docs;
    /** The text of each {@code d/<f>.js}. */
    private final List<String> texts;
    /** Per id: what {@link #key} makes of its row, and the row's excerpt; null until asked for. */
    private List<String> keys;
    private List<String> excerpts;

    private PublishedRows(int docs, List<String> texts) {
        this.docs = docs;
        this.texts = texts;
    }

    /** The document files of {@code docs} documents in {@code dir}. */
    static PublishedRows read(Path dir, int docs) {
        return new PublishedRows(docs, IntStream.range(0, (docs + SearchIndex.DOCS_PER_FILE - 1) / SearchIndex.DOCS_PER_FILE)
                .parallel().mapToObj(f -> text(dir, f)).toList());
    }

    /** What identifies a document across builds, as far as the published rows show it. */
    static String key(String path, String title, String date, String department) {
        return path + '\u0000' + title + '\u0000' + date + '\u0000' + department;
    }

    int docs() {
        return docs;
    }

    String key(int id) {
        parse();
        return keys.get(id);
    }

    String excerpt(int id) {
        parse();
        return excerpts.get(id);
    }

    private static String text(Path dir, int f) {
        try {
            return Files.readString(dir.resolve("d/" + f + ".js"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Per published id: whether its row says what the row of {@code docs}' document of the same id would (path,
     * title, date and 发布机构; for a table row its cells too). Compared as written, so the rows that match are not
     * parsed. Throws IllegalArgumentException when a document file is not one.
     */
    boolean[] rowsAsNow(List<SearchDoc> now) {
        boolean[] same = new boolean[docs];
        IntStream.range(0, texts.size()).parallel().forEach(f -> walk(f, (id, at) -> {
            if (id >= now.size()) {
                return 0;
            }
            SearchDoc doc = now.get(id);
            // a report's row up to its excerpt (its summary, which the index does not hold); a table row whole
            StringBuilder expected = new StringBuilder("[");
            Codec.string(doc.path(), expected);
            Codec.string(doc.title(), expected.append(','));
            Codec.string(DocumentFiles.dateText(doc), expected.append(','));
            Codec.string(doc.department(), expected.append(','));
            if (doc.row()) {
                Codec.string(doc.extra(), expected.append(','));
                expected.append(']');
            }
            String prefix = expected.toString();
            boolean matches = texts.get(f).startsWith(prefix, at);
            same[id] = matches;
            return matches ? prefix.length() : 0;
        }, null));
        return same;
    }

    /** The keys and excerpts of every row, parsed once the documents are known to have moved. */
    private void parse() {
        if (keys != null) {
            return;
        }
        List<String[]> rows = new ArrayList<>(docs);
        for (int f = 0; f < texts.size(); f++) {
            walk(f, (id, at) -> 0, rows);
        }
        keys = rows.stream().map(r -> key(r[0], r[1], r[2], r[3])).toList();
        excerpts = rows.stream().map(r -> r[4]).toList();
    }

    /** Matches the start of a row at a position in its file; returns how many characters it matched (0: none). */
    private interface RowStart {
        int match(int id, int at);
    }

    /**
     * Walks the rows of document file {@code f}, every character checked: each row is first offered to
     * {@code start}, and what it did not match is read as fields (into {@code rows} when not null).
     */
    private void walk(int f, RowStart start, List<String[]> rows) {
        String text = texts.get(f);
        String open = "gongkaiSearch.docs(" + f + ",[";
        if (!text.startsWith(open)) {
            throw new IllegalArgumentException("not document file " + f);
        }
        int count = Math.min(SearchIndex.DOCS_PER_FILE, docs - f * SearchIndex.DOCS_PER_FILE);
        int[] at = {open.length()};
        for (int i = 0; i < count; i++) {
            boolean row = i == 0 || skip(text, at, ",\n");
            int matched = row ? start.match(f * SearchIndex.DOCS_PER_FILE + i, at[0]) : 0;
            at[0] += matched;
            // a matched report leaves its excerpt to read, a matched table row nothing
            int first = matched == 0 ? 0 : text.charAt(at[0] - 1) == ']' ? 5 : 4;
            row = matched > 0 || skip(text, at, "[");
            String[] fields = new String[5];
            for (int k = first; k < fields.length && row; k++) {
                row = (k == 0 || skip(text, at, ",")) && (fields[k] = Codec.readString(text, at)) != null;
            }
            if (!row || first < 5 && !skip(text, at, "]")) {
                throw new IllegalArgumentException("no row " + i + " in document file " + f);
            }
            if (rows != null) {
                rows.add(fields);
            }
        }
        if (!skip(text, at, "]);\n") || at[0] != text.length()) {
            throw new IllegalArgumentException("document file " + f + " does not end after its rows");
        }
    }

    private static boolean skip(String text, int[] at, String expected) {
        if (!text.startsWith(expected, at[0])) {
            return false;
        }
        at[0] += expected.length();
        return true;
    }
}
