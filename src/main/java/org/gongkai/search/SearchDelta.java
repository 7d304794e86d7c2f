package org.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * What changed in the reports since the index was written: the ids of the documents that no longer hold, and the
 * reports' documents as they are now. The preview writes it as {@code search/delta.js}; the script drops the old
 * ids from what the shards say and adds the new documents' postings, numbered after the index's own.
 */
record SearchDelta(List<Integer> superseded, List<SearchDoc> added) {

    static SearchDelta between(List<SearchDoc> indexed, List<SearchDoc> now) {
        // a document is known by its address, title and cells; a report also by its text (compared only then)
        Map<String, java.util.ArrayDeque<Integer>> before = new HashMap<>();
        for (int id = 0; id < indexed.size(); id++) {
            if (indexed.get(id).row()) {
                continue; // rows change only in a full build; `now` has none
            }
            before.computeIfAbsent(key(indexed.get(id)), k -> new java.util.ArrayDeque<>()).add(id);
        }
        List<SearchDoc> added = new ArrayList<>();
        for (SearchDoc doc : now) {
            java.util.ArrayDeque<Integer> ids = before.get(key(doc));
            Integer id = ids == null ? null : ids.peekFirst();
            if (id != null && same(indexed.get(id), doc)) {
                ids.removeFirst();
            } else {
                added.add(doc);
            }
        }
        List<Integer> superseded = new ArrayList<>();
        before.values().forEach(superseded::addAll);
        superseded.sort(null);
        return new SearchDelta(superseded, added);
    }

    private static String key(SearchDoc doc) {
        return doc.path() + '\u0000' + doc.title() + '\u0000' + doc.extra();
    }

    /** The excerpt is not compared: it is the written summary (in {@code extra}) or comes from the text. */
    private static boolean same(SearchDoc a, SearchDoc b) {
        return a.title().equals(b.title()) && a.date().equals(b.date()) && a.year() == b.year()
                && a.department().equals(b.department()) && a.category().equals(b.category())
                && a.extra().equals(b.extra()) && a.text().equals(b.text());
    }

    /** The file: {@code gongkaiSearch.delta({...})}, postings in the shards' form with ids from {@code firstId}. */
    byte[] file(int firstId) {
        StringBuilder out = new StringBuilder("gongkaiSearch.delta({\"superseded\":[");
        out.append(String.join(",", superseded.stream().map(String::valueOf).toList())).append("],\"docs\":[");
        for (int i = 0; i < added.size(); i++) {
            out.append(i == 0 ? "" : ",\n");
            SearchIndex.docRow(added.get(i), out);
        }
        out.append("],\"years\":[").append(String.join(",", added.stream().map(d -> String.valueOf(d.year())).toList()))
                .append("],\"categories\":[");
        for (int i = 0; i < added.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Codec.string(added.get(i).category(), out);
        }
        out.append("],\"postings\":\"").append(SearchIndex.count(added, firstId).encode(0, 0)).append("\"});\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
