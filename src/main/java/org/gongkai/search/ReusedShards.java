package org.gongkai.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shards of an index whose unchanged documents' postings come from the published index: the published shards
 * renumbered to the documents' new ids (those of documents gone or changed left out), then, as each file is
 * written, their tokens copied as they are and merged with the postings counted for the changed and added
 * documents where a token has some. The same (document, token, weight) triples as a full count, so the same bytes.
 */
final class ReusedShards implements Shards {

    private final PublishedIndex.Renumbered[] published;
    private final int publishedBits;
    private final Postings counted;
    private final int bits;

    private ReusedShards(PublishedIndex.Renumbered[] published, int publishedBits, Postings counted) {
        this.published = published;
        this.publishedBits = publishedBits;
        this.counted = counted;
        this.bits = Postings.bitsFor(Arrays.stream(published).mapToLong(PublishedIndex.Renumbered::postings).sum()
                + counted.total());
    }

    /**
     * A report's or page's published postings are taken when its path is not in {@code changed} and the published
     * index has a document of the same path, title, date and 发布机构; a table row's when a published row says the
     * same and has its cells as excerpt (all that it indexes: rows are known by their content, since their files do
     * not say which row changed). The rest are counted, the data pages too (a few short texts). Empty when the
     * published documents would not keep their order (not the published index of these documents) or a shard
     * cannot be read: then everything is counted.
     */
    static Optional<Shards> of(List<SearchDoc> docs, Set<String> changed, PublishedIndex published) {
        try {
            return inPlace(docs, changed, published).or(() -> moved(docs, changed, published));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a document file that is not one
        }
    }

    /**
     * When few documents are counted if each keeps its id (the published row of its id says it is the same):
     * the shards patched where those documents' postings changed ({@link PatchedShards}).
     */
    private static Optional<Shards> inPlace(List<SearchDoc> docs, Set<String> changed, PublishedIndex published) {
        boolean[] same = published.rows().rowsAsNow(docs);
        boolean[] gone = new boolean[published.docs()];
        Arrays.fill(gone, Math.min(docs.size(), gone.length), gone.length, true);
        List<SearchDoc> toCount = new ArrayList<>();
        List<Integer> countedIds = new ArrayList<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc doc = docs.get(id);
            if (id < same.length && same[id] && takes(doc, changed)) {
                continue;
            }
            toCount.add(doc);
            countedIds.add(id);
            if (id < gone.length) {
                gone[id] = true;
            }
        }
        if (!fewCounted(toCount.size(), docs.size())) {
            return Optional.empty();
        }
        return PatchedShards.of(published, gone, SearchIndex.count(toCount, countedIds::get));
    }

    /**
     * Whether patching the published shards in place is worth it for {@code counted} of {@code docs} documents
     * counted again; more, and documents were added or removed before others (renumbering takes over).
     */
    static boolean fewCounted(int counted, int docs) {
        return counted <= 8 + docs / 16;
    }

    /** Whether {@code doc} may take the postings of a published row that says the same as its own would. */
    private static boolean takes(SearchDoc doc, Set<String> changed) {
        if (changed.contains(doc.path()) || !doc.row() && doc.text().isEmpty()) {
            return false;
        }
        return !doc.row() || doc.text().isEmpty() && doc.excerpt().get().equals(doc.extra());
    }

    /** The documents matched to published ones by what their rows say, wherever they are now; renumbered. */
    private static Optional<Shards> moved(List<SearchDoc> docs, Set<String> changed, PublishedIndex published) {
        Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
        for (int id = 0; id < published.docs(); id++) {
            byKey.computeIfAbsent(published.rows().key(id), k -> new ArrayDeque<>()).add(id);
        }
        int[] idNow = new int[published.docs()];
        Arrays.fill(idNow, -1);
        List<SearchDoc> toCount = new ArrayList<>();
        List<Integer> countedIds = new ArrayList<>();
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
        }
        return published.renumbered(idNow).map(renumbered ->
                new ReusedShards(renumbered, published.bits(), SearchIndex.count(toCount, countedIds::get)));
    }

    /** The published id whose postings {@code doc} takes (removed from {@code byKey}), or -1. */
    private static int taken(SearchDoc doc, Set<String> changed, Map<String, ArrayDeque<Integer>> byKey,
                             PublishedIndex published) {
        if (changed.contains(doc.path()) || !doc.row() && doc.text().isEmpty()) {
            return -1;
        }
        ArrayDeque<Integer> same = byKey.get(PublishedRows.key(doc.path(), doc.title(), DocumentFiles.dateText(doc),
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
            if (published.rows().excerpt(old).equals(cells)) {
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
    public long postings() {
        return Arrays.stream(published).mapToLong(PublishedIndex.Renumbered::postings).sum() + counted.total();
    }

    @Override
    public byte[] file(int s) {
        Postings.Grouped fresh = counted.grouped(s, bits);
        long[] old = tokensIn(s);
        ByteOut out = new ByteOut(8 * Postings.TARGET_PER_SHARD);
        out.ascii(ShardText.open(s));
        int i = 0;
        int j = 0;
        while (i < old.length || j < fresh.keys().length) {
            int order = i == old.length ? 1 : j == fresh.keys().length ? -1
                    : Integer.compareUnsigned(key(old[i]), fresh.keys()[j]);
            if (order < 0) {
                PublishedIndex.Renumbered from = published[(int) (old[i] >>> 32)];
                int t = (int) old[i++];
                out.bytes(from.body(), from.starts()[t], from.starts()[t + 1]);
                continue;
            }
            int key = fresh.keys()[j];
            int from = fresh.from()[j];
            int to = fresh.to()[j++];
            if (order == 0) {
                int[] merged = merge(old[i++], fresh.postings(), from, to);
                ShardText.token(out, key, merged, 0, merged.length);
            } else {
                ShardText.token(out, key, fresh.postings(), from, to);
            }
        }
        ShardText.close(out);
        return out.toBytes();
    }

    private int key(long token) {
        return published[(int) (token >>> 32)].keys()[(int) token];
    }

    /**
     * The published tokens that fall into shard {@code s} of 2^{@link #bits}, in key order, each as its published
     * shard (high half) and its index there.
     */
    private long[] tokensIn(int s) {
        if (bits >= publishedBits) {
            int shard = s >>> (bits - publishedBits);
            int[] keys = published[shard].keys();
            return java.util.stream.IntStream.range(0, keys.length).filter(t -> Postings.shard(keys[t], bits) == s)
                    .mapToLong(t -> (long) shard << 32 | t).toArray();
        }
        // several published shards make this one: their tokens merged into key order
        List<long[]> sorted = new ArrayList<>();
        for (int shard = s << (publishedBits - bits); shard < (s + 1) << (publishedBits - bits); shard++) {
            int[] keys = published[shard].keys();
            for (int t = 0; t < keys.length; t++) {
                sorted.add(new long[] {keys[t] ^ Integer.MIN_VALUE, (long) shard << 32 | t});
            }
        }
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        return sorted.stream().mapToLong(e -> e[1]).toArray();
    }

    /** The published token's postings merged with {@code fresh[from..to)}, both in document order. */
    private int[] merge(long token, int[] fresh, int from, int to) {
        PublishedIndex.Renumbered shard = published[(int) (token >>> 32)];
        int t = (int) token;
        ShardText.Reader in = ShardText.Reader.over(shard.body(), shard.starts()[t], shard.starts()[t + 1]);
        try {
            in.key();
            int n = in.number();
            int[] out = new int[n + to - from];
            int size = 0;
            int doc = -1;
            int j = from;
            for (int i = 0; i < n; i++) {
                doc += in.number() + 1;
                int posting = doc << 12 | in.number();
                while (j < to && (fresh[j] >>> 12) < doc) {
                    out[size++] = fresh[j++];
                }
                out[size++] = posting;
            }
            while (j < to) {
                out[size++] = fresh[j++];
            }
            return out;
        } catch (ShardText.Unreadable e) {
            throw new IllegalStateException("written by renumbering", e);
        }
    }
}
