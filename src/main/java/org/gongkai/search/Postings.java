package org.gongkai.search;

import java.util.Arrays;

/**
 * Every (token, document, weight) of the index, written while counting as the shards hold them: each token's
 * postings (gap from its previous document, weight) in {@link Codec}'s digits in a stream of its own
 * ({@link ByteSlices}), so that memory is about the shards' size and writing a shard is sorting its tokens and
 * copying their bytes. Tokens are kept in 4,096 buckets by hash; the shards written are runs of buckets, so their
 * number is chosen once the size is known.
 */
final class Postings implements Shards {

    /** log2 of the number of buckets; shards are 2^bits buckets merged, bits ≤ this. */
    static final int FINE_BITS = 12;
    /** About this many postings per shard: some 40 KB, so a two-character query loads a few dozen KB. */
    static final int TARGET_PER_SHARD = 16_384;
    static final int MAX_DOCS = 1 << 19;

    private final ByteSlices slices = new ByteSlices();
    /** Per token (its number is its stream's): key, last document, number of documents, next token of its bucket + 1. */
    private int[] keys = new int[1024];
    private int[] last = new int[1024];
    private int[] docs = new int[1024];
    private int[] next = new int[1024];
    /** Per bucket: its first token + 1 (0: none). */
    private final int[] head = new int[1 << FINE_BITS];
    /** A single character's token + 1, by its code: half of all postings, found without hashing. */
    private final int[] singles = new int[65536];
    /** Pairs: an open-addressing table of token + 1. */
    private int[] pairs = new int[4096];
    private int pairCount;
    private long total;

    /** The hash both sides use: the top bits of the key times the golden ratio. */
    static int shard(int key, int bits) {
        return bits == 0 ? 0 : (key * 0x9E3779B1) >>> (32 - bits);
    }

    /** Adds a document's tokens; documents must come in increasing id order. */
    void add(int doc, TokenCounts counts) {
        int pairs = counts.pairs();
        for (int i = 0; i < pairs; i++) {
            posting(pairToken(counts.pairKey(i)), doc, counts.pairWeight(i));
        }
        int singleCount = counts.size() - pairs;
        for (int i = 0; i < singleCount; i++) {
            char c = counts.singleChar(i);
            int t = singles[c] - 1;
            posting(t >= 0 ? t : (singles[c] = added(c) + 1) - 1, doc, counts.singleWeight(i));
        }
        total += counts.size();
    }

    private void posting(int t, int doc, int weight) {
        slices.pair(t, doc - last[t] - 1, weight);
        last[t] = doc;
        docs[t]++;
    }

    long total() {
        return total;
    }

    @Override
    public long postings() {
        return total;
    }

    /** How many bits of hash name a shard: enough for about {@link #TARGET_PER_SHARD} postings each. */
    @Override
    public int bits() {
        return bitsFor(total);
    }

    /** The shard bits of an index of {@code total} postings. */
    static int bitsFor(long total) {
        int bits = 0;
        while (bits < FINE_BITS && (total >>> bits) > TARGET_PER_SHARD) {
            bits++;
        }
        return bits;
    }

    /** The file of shard {@code s} of {@link #bits()}: {@code gongkaiSearch.shard(s,"…");}. */
    @Override
    public byte[] file(int s) {
        int[] order = tokensOf(s, bits());
        String open = ShardText.open(s);
        // the exact size (a token's mark, characters, count and postings), so the bytes are neither grown nor copied
        long size = open.length() + ShardText.closeLength();
        for (int t : order) {
            size += 1 + utf8Length(keys[t] >>> 16) + utf8Length(keys[t] & 0xFFFF) + ByteOut.digits(docs[t])
                    + slices.length(t);
        }
        ByteOut out = new ByteOut((int) Math.min(Integer.MAX_VALUE - 16, size));
        out.ascii(open);
        encode(order, out);
        ShardText.close(out);
        return out.toBytes();
    }

    private static int utf8Length(int c) {
        return c == 0 ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private void encode(int[] order, ByteOut out) {
        for (int t : order) {
            ShardText.head(out, keys[t], docs[t]);
            slices.copy(t, out);
        }
    }

    /**
     * The postings of one shard by token: token t is {@code keys[t]} (in unsigned key order) and its postings
     * (document << 12 | weight, in document order) are {@code postings[from[t]..to[t])}.
     */
    record Grouped(int[] keys, int[] from, int[] to, int[] postings) {
    }

    Grouped grouped(int s, int bits) {
        int[] order = tokensOf(s, bits);
        int[] keysOf = new int[order.length];
        int[] from = new int[order.length];
        int[] to = new int[order.length];
        int count = 0;
        for (int i = 0; i < order.length; i++) {
            count += docs[order[i]];
        }
        int[] postings = new int[count];
        int filled = 0;
        for (int i = 0; i < order.length; i++) {
            int t = order[i];
            keysOf[i] = keys[t];
            from[i] = filled;
            slices.postings(t, docs[t], postings, filled);
            filled += docs[t];
            to[i] = filled;
        }
        return new Grouped(keysOf, from, to, postings);
    }

    /** The tokens of shard {@code s} of 2^bits in unsigned key order. */
    private int[] tokensOf(int s, int bits) {
        int span = 1 << (FINE_BITS - bits);
        int n = 0;
        for (int b = s * span; b < (s + 1) * span; b++) {
            for (int t = head[b]; t != 0; t = next[t - 1]) {
                n++;
            }
        }
        // the sign bit flipped so that a signed sort orders the keys as unsigned
        long[] order = new long[n];
        n = 0;
        for (int b = s * span; b < (s + 1) * span; b++) {
            for (int t = head[b]; t != 0; t = next[t - 1]) {
                order[n++] = (long) (keys[t - 1] ^ Integer.MIN_VALUE) << 32 | (t - 1);
            }
        }
        Arrays.sort(order);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) order[i];
        }
        return ids;
    }

    /** The token of pair {@code key}, made on first sight. */
    private int pairToken(int key) {
        int mask = pairs.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            int t = pairs[slot];
            if (t == 0) {
                t = pairs[slot] = added(key) + 1;
                if (++pairCount * 2 > pairs.length) {
                    growPairs();
                }
                return t - 1;
            }
            if (keys[t - 1] == key) {
                return t - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int added(int key) {
        int t = slices.open();
        if (t == keys.length) {
            keys = Arrays.copyOf(keys, t * 2);
            last = Arrays.copyOf(last, t * 2);
            docs = Arrays.copyOf(docs, t * 2);
            next = Arrays.copyOf(next, t * 2);
        }
        keys[t] = key;
        last[t] = -1;
        int b = shard(key, FINE_BITS);
        next[t] = head[b];
        head[b] = t + 1;
        return t;
    }

    private static int mix(int key) {
        int h = key * 0x85EBCA6B;
        return h ^ h >>> 15;
    }

    private void growPairs() {
        int[] grown = new int[pairs.length * 2];
        int mask = grown.length - 1;
        for (int t : pairs) {
            if (t != 0) {
                int slot = mix(keys[t - 1]) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = t;
            }
        }
        pairs = grown;
    }
}
