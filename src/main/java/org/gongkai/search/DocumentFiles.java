package org.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.render.Formats;

/**
 * The files of the index that say what the documents are: {@code d/<n>.js} (path, title, date, 发布机构 and excerpt
 * of documents 16n to 16n + 15, for the results) and {@code meta.js} (the shard count, and each document's year and
 * category for the filters).
 */
final class DocumentFiles {

    private DocumentFiles() {
    }

    /** A document's row in its file; what it writes, {@link #sameRow} compares. */
    private static void docRow(SearchDoc doc, StringBuilder out) {
        out.append('[');
        Codec.string(doc.path(), out);
        out.append(',');
        Codec.string(doc.title(), out);
        out.append(',');
        Codec.string(dateText(doc), out);
        out.append(',');
        Codec.string(doc.department(), out);
        out.append(',');
        Codec.string(doc.excerpt().get(), out);
        out.append(']');
    }

    /**
     * Whether the two documents' rows in a {@code d/<n>.js} file read the same: the fields {@link #docRow} writes (a
     * date by its day, which is what its text shows).
     */
    static boolean sameRow(SearchDoc was, SearchDoc is) {
        return was.path().equals(is.path()) && was.title().equals(is.title()) && was.date().equals(is.date())
                && was.department().equals(is.department()) && was.excerpt().get().equals(is.excerpt().get());
    }

    /** The date as the results show it. */
    static String dateText(SearchDoc doc) {
        return doc.date().map(Formats::chineseDate).orElse("");
    }

    static byte[] docFile(List<SearchDoc> docs, int f) {
        StringBuilder out = new StringBuilder("gongkaiSearch.docs(").append(f).append(",[");
        for (int id = f * SearchIndex.DOCS_PER_FILE; id < Math.min(docs.size(), (f + 1) * SearchIndex.DOCS_PER_FILE); id++) {
            SearchDoc doc = docs.get(id);
            out.append(id == f * SearchIndex.DOCS_PER_FILE ? "" : ",\n");
            docRow(doc, out);
        }
        return out.append("]);\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The shard count, the filters' values, and for each document the index of its year and of its category. */
    static byte[] meta(List<SearchDoc> docs, int bits) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        docs.stream().map(SearchDoc::year).filter(y -> y > 0).distinct().sorted((a, b) -> b - a)
                .forEach(y -> years.put(y, years.size()));
        docs.stream().map(SearchDoc::category).distinct().sorted(DocumentFiles::categoryOrder)
                .forEach(c -> categories.put(c, categories.size()));
        StringBuilder yearOf = new StringBuilder();
        StringBuilder categoryOf = new StringBuilder();
        for (SearchDoc doc : docs) {
            // one character per document: ' ' for no year, else '0' + the year's index (never a quote or backslash)
            yearOf.append(doc.year() > 0 ? code(years.get(doc.year())) : ' ');
            categoryOf.append(code(categories.get(doc.category())));
        }
        StringBuilder out = new StringBuilder("gongkaiSearch.meta({\"bits\":").append(bits)
                .append(",\"docs\":").append(docs.size()).append(",\"perFile\":").append(SearchIndex.DOCS_PER_FILE).append(",\"years\":[");
        out.append(String.join(",", years.keySet().stream().map(String::valueOf).toList())).append("],\"categories\":[");
        List<String> labels = new ArrayList<>(categories.keySet());
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Codec.string(labels.get(i), out);
        }
        out.append("],\"yearOf\":");
        Codec.string(yearOf.toString(), out);
        out.append(",\"categoryOf\":");
        Codec.string(categoryOf.toString(), out);
        return out.append("});\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** '0' + i, skipping '\\' (the only JSON-escaped character above '0'). */
    private static char code(int index) {
        char c = (char) ('0' + index);
        return c >= '\\' ? (char) (c + 1) : c;
    }

    /** Reports' categories first, in their own order, then pages, then the data sections. */
    private static int categoryOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
    }

    private static int rank(String category) {
        return switch (category) {
            case SearchDocs.PAGE -> 1;
            case SearchDocs.FEES -> 2;
            case SearchDocs.PROJECTS -> 3;
            case SearchDocs.AID -> 4;
            case SearchDocs.SUMMARY -> 5;
            default -> org.gongkai.model.Category.fromLabel(category).map(c -> -10 + c.ordinal()).orElse(0);
        };
    }
}
