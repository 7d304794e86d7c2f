package org.gongkai.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shards of an index whose unchanged documents' postings come from the published index: each published token's
 * postings are renumbered to the documents' new ids (those of documents gone or changed dropped) and merged with the
 * postings counted for the changed and added documents, shard by shard as the files are written. The same
 * (document, token, weight) triples as a full count, so the same bytes.
 */
final class ReusedShards implements Shards {

    private final PublishedIndex published;
    /** Per published id: its id now, or -1 when its postings are not taken. */
    private final int[] idNow;
    private final Postings counted;
    private final int docsNow;
    private final int bits;

    private ReusedShards(PublishedIndex published, int[] idNow, Postings counted, int docsNow, long total) {
        this.published = published;
        this.idNow = idNow;
        this.counted = counted;
        this.docsNow = docsNow;
        this.bits = Postings.bitsFor(total);
    }

    /**
     * A report's or page's published postings are taken when its path is not in {@code changed} and the published
     * index has a document of the same path, title, date and 发布机构; a table row's when a published row says the
     * same and has its cells as excerpt (all that it indexes: rows are known by their content, since their files do
     * not say which row changed). The rest are counted, the data pages too (a few short texts). Empty when the
     * published documents would not keep their order (not the published index of these documents): then everything
     * is counted.
     */
    static Optional<Shards> of(List<SearchDoc> docs, Set<String> changed, PublishedIndex published) {
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int id = 0; id < published.docs(); id++) {
            byKey.computeIfAbsent(published.key(id), k -> new ArrayDeque<>()).add(id);
        }
        int[] idNow = new int[published.docs()];
        java.util.Arrays.fill(idNow, -1);
        List<SearchDoc> toCount = new ArrayList<>();
        List<Integer> countedIds = new ArrayList<>();
        long total = 0;
        int lastTaken = -1;
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc doc = docs.get(id);
            int old = taken(doc, changed, byKey, published);
            if (old < 0) {
                toCount.add(doc);
                countedIds.add(id);
                continue;
            }
            if (old < lastTaken) {
                return Optional.empty();
            }
            lastTaken = old;
            idNow[old] = id;
            total += published.postingsOf(old);
        }
        Postings counted = SearchIndex.count(toCount, countedIds::get);
        return Optional.of(new ReusedShards(published, idNow, counted, docs.size(), total + counted.total()));
    }

    /** The published id whose postings {@code doc} takes (removed from {@code byKey}), or -1. */
    private static int taken(SearchDoc doc, Set<String> changed, Map<String, ArrayDeque<Integer>> byKey,
                             PublishedIndex published) {
        if (changed.contains(doc.path()) || !doc.row() && doc.text().isEmpty()) {
            return -1;
        }
        ArrayDeque<Integer> same = byKey.get(PublishedIndex.key(doc.path(), doc.title(), SearchIndex.dateText(doc),
                doc.department()));
        if (same == null || same.isEmpty()) {
            return -1;
        }
        if (!doc.row()) {
            return same.removeFirst();
        }
        String cells = doc.excerpt().get();
        if (!doc.text().isEmpty() || !cells.equals(doc.extra())) {
            return -1; // not shown whole by its row after all
        }
        for (Integer old : same) {
            if (published.excerpt(old).equals(cells)) {
                same.remove(old);
                return old;
            }
        }
        return -1;
    }

    @Override
    public int bits() {
        return bits;
    }

    @Override
    public byte[] file(int s) {
        Postings.Grouped fresh = counted.grouped(s, bits);
        int[] old = published.tokensIn(s, bits);
        // most tokens are in few documents: the buffers grow to the longest list of the shard
        int[] decoded = new int[64];
        int[] taken = new int[64];
        int[] merged = new int[64];
        ByteOut out = new ByteOut(8 * Postings.TARGET_PER_SHARD);
        out.ascii(ShardText.open(s));
        int i = 0;
        int j = 0;
        while (i < old.length || j < fresh.keys().length) {
            int order = i == old.length ? 1 : j == fresh.keys().length ? -1
                    : Integer.compareUnsigned(published.tokenKey(old[i]), fresh.keys()[j]);
            int key = order <= 0 ? published.tokenKey(old[i]) : fresh.keys()[j];
            int kept = 0;
            if (order <= 0) {
                int n = published.count(old[i]);
                if (n > decoded.length) {
                    decoded = new int[Math.max(n, Math.min(docsNow, 2 * decoded.length))];
                    taken = new int[decoded.length];
                }
                published.postings(old[i++], decoded);
                for (int k = 0; k < n; k++) {
                    int now = idNow[decoded[k] >>> 12];
                    if (now >= 0) {
                        taken[kept++] = now << 12 | decoded[k] & 0xFFF;
                    }
                }
            }
            int from = 0;
            int to = 0;
            if (order >= 0) {
                from = fresh.from()[j];
                to = fresh.to()[j++];
            }
            if (kept + to - from > merged.length) {
                merged = new int[Math.max(kept + to - from, Math.min(docsNow, 2 * merged.length))];
            }
            int size = merge(taken, kept, fresh.postings(), from, to, merged);
            if (size > 0) {
                ShardText.token(out, key, merged, 0, size);
            }
        }
        ShardText.close(out);
        return out.toBytes();
    }

    /** Merges two runs of postings, each in document order, into {@code into}; returns the length. */
    private static int merge(int[] a, int aSize, int[] b, int bFrom, int bTo, int[] into) {
        int n = 0;
        int i = 0;
        int j = bFrom;
        while (i < aSize || j < bTo) {
            if (j == bTo || i < aSize && (a[i] >>> 12) < (b[j] >>> 12)) {
                into[n++] = a[i++];
            } else {
                into[n++] = b[j++];
            }
        }
        return n;
    }
}
