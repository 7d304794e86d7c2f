package org.gongkai.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.gongkai.model.Datasets;
import org.gongkai.model.Site;

/**
 * What the preview keeps of the index its last build published: each document as it was indexed and shown, the
 * shard count and the number of postings. With it, a build whose documents keep their ids counts only those that
 * differ, as they were and as they are: the shards where their postings differ are patched, no other published shard
 * is read, and the document files whose rows differ are written, the others carried.
 */
public final class SearchMemory {

    private final List<SearchDoc> docs;
    private final int bits;
    private final long postings;
    /** The data tables the rows' documents were made of, and the bureau they name: the rows are taken again only for these. */
    private final Datasets tables;
    private final String bureau;
    private final List<SearchDoc> rows;

    private SearchMemory(List<SearchDoc> docs, int bits, long postings, Datasets tables, String bureau,
                         List<SearchDoc> rows) {
        this.docs = docs;
        this.bits = bits;
        this.postings = postings;
        this.tables = tables;
        this.bureau = bureau;
        this.rows = rows;
    }

    /**
     * The index of {@code docs} as written: their excerpts are known by now, and kept as they were shown.
     *
     * @param tables the data tables the rows' documents were made of, and {@code bureau} the one they name
     */
    static SearchMemory of(List<SearchDoc> docs, int bits, long postings, Datasets tables, String bureau) {
        List<SearchDoc> shown = new ArrayList<>(docs.size());
        List<SearchDoc> rows = new ArrayList<>();
        for (SearchDoc d : docs) {
            // a row's document taken from the last memory is shown already
            SearchDoc kept = d.excerpt() instanceof Shown ? d : new SearchDoc(d.path(), d.title(), d.date(), d.year(),
                    d.department(), d.category(), new Shown(d.excerpt().get()), d.text(), d.extra(), d.row());
            shown.add(kept);
            if (kept.row()) {
                rows.add(kept);
            }
        }
        return new SearchMemory(List.copyOf(shown), bits, postings, tables, bureau, List.copyOf(rows));
    }

    /**
     * The documents of the data tables' rows, in the index's order, when {@code site} has the very tables and bureau
     * they were made of (and the index held every document).
     */
    Optional<List<SearchDoc>> rows(Site site) {
        return site.datasets() == tables && site.config().bureau().equals(bureau) && docs.size() < Postings.MAX_DOCS
                ? Optional.of(rows) : Optional.empty();
    }

    /** An excerpt as the index showed it. */
    private record Shown(String excerpt) implements Supplier<String> {
        @Override
        public String get() {
            return excerpt;
        }
    }

    /**
     * The shards of the index of {@code now}, from the index published in {@code dir} that this memory describes;
     * empty when the documents did not keep their ids, many differ, or their postings ask for another shard count
     * (then the published index is read whole).
     */
    Optional<Shards> shards(List<SearchDoc> now, Path dir) {
        if (now.size() != docs.size()) {
            return Optional.empty();
        }
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < now.size(); id++) {
            if (!indexedAlike(docs.get(id), now.get(id))) {
                ids.add(id);
            }
        }
        if (!ReusedShards.fewCounted(ids.size(), now.size())) {
            return Optional.empty();
        }
        boolean[] gone = new boolean[docs.size()];
        boolean[] changed = new boolean[1 << bits];
        long total = postings;
        TokenCounts before = new TokenCounts();
        TokenCounts after = new TokenCounts();
        for (int id : ids) {
            gone[id] = true;
            SearchIndex.tokens(docs.get(id), before);
            SearchIndex.tokens(now.get(id), after);
            total += after.size() - before.size();
            markDiffering(before, after, changed);
            before.clear();
            after.clear();
        }
        if (Postings.bitsFor(total) != bits) {
            return Optional.empty();
        }
        Postings counted = SearchIndex.count(ids.stream().map(now::get).toList(), ids::get);
        return Optional.of(PatchedShards.known(dir, bits, gone, counted, changed, total));
    }

    /**
     * Whether document file {@code f} of the index of {@code now} is what the published one holds: the documents
     * kept their ids and its rows say what they said.
     */
    boolean sameRows(List<SearchDoc> now, int f) {
        if (now.size() != docs.size()) {
            return false;
        }
        for (int id = f * SearchIndex.DOCS_PER_FILE; id < Math.min(now.size(), (f + 1) * SearchIndex.DOCS_PER_FILE); id++) {
            if (!DocumentFiles.sameRow(docs.get(id), now.get(id))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the two give the same postings: all that is counted of a document is its title, extra and text. */
    private static boolean indexedAlike(SearchDoc was, SearchDoc is) {
        return was.text().equals(is.text()) && was.title().equals(is.title()) && was.extra().equals(is.extra());
    }

    /** Marks the shards of the tokens whose weight differs between {@code before} and {@code after}. */
    private void markDiffering(TokenCounts before, TokenCounts after, boolean[] changed) {
        Map<Integer, Integer> was = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            was.put(before.key(i), before.weight(i));
        }
        for (int i = 0; i < after.size(); i++) {
            Integer weight = was.remove(after.key(i));
            if (weight == null || weight != after.weight(i)) {
                changed[Postings.shard(after.key(i), bits)] = true;
            }
        }
        was.keySet().forEach(key -> changed[Postings.shard(key, bits)] = true);
    }
}
