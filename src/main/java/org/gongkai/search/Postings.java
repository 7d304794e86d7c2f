package org.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every (token, document, weight) of the index, appended in document order into 4,096 buckets by the token's hash,
 * as primitive ints; the shards written are runs of buckets, so their number is chosen once the size is known.
 * Within a bucket each token's documents stay in order, which the gaps of {@link Codec} need.
 */
final class Postings {

    /** log2 of the number of buckets; shards are 2^bits buckets merged, bits ≤ this. */
    static final int FINE_BITS = 12;
    /** About this many postings per shard: some 40 KB, so a two-character query loads a few dozen KB. */
    static final int TARGET_PER_SHARD = 16_384;
    static final int MAX_DOCS = 1 << 19;

    /** Each bucket's postings as blocks of longs (key in the high half, document and weight in the low): no copying. */
    private static final int BLOCK = 256;

    private final long[][][] blocks = new long[1 << FINE_BITS][][];
    private final int[] sizes = new int[1 << FINE_BITS];
    private long total;

    Postings() {
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new long[1][BLOCK];
        }
    }

    /** The hash both sides use: the top bits of the key times the golden ratio. */
    static int shard(int key, int bits) {
        return bits == 0 ? 0 : (key * 0x9E3779B1) >>> (32 - bits);
    }

    /** Adds a document's tokens; documents must come in increasing id order. */
    void add(int doc, TokenCounts counts) {
        for (int i = 0; i < counts.size(); i++) {
            int key = counts.key(i);
            int b = shard(key, FINE_BITS);
            int n = sizes[b];
            long[][] bucket = blocks[b];
            if (n == bucket.length * BLOCK) {
                bucket = blocks[b] = Arrays.copyOf(bucket, bucket.length * 2);
            }
            if (bucket[n / BLOCK] == null) {
                bucket[n / BLOCK] = new long[BLOCK];
            }
            bucket[n / BLOCK][n % BLOCK] = (long) key << 32 | (doc << 12 | counts.weight(i));
            sizes[b] = n + 1;
        }
        total += counts.size();
    }

    long total() {
        return total;
    }

    /** How many bits of hash name a shard: enough for about {@link #TARGET_PER_SHARD} postings each. */
    int shardBits() {
        int bits = 0;
        while (bits < FINE_BITS && (total >>> bits) > TARGET_PER_SHARD) {
            bits++;
        }
        return bits;
    }

    /** The text of shard {@code s} of 2^bits: each token (in key order) with its documents, gap-coded. */
    String encode(int s, int bits) {
        int span = 1 << (FINE_BITS - bits);
        List<int[]> groups = new ArrayList<>();
        for (int b = s * span; b < (s + 1) * span; b++) {
            groups.addAll(groups(b));
        }
        groups.sort((x, y) -> Integer.compareUnsigned(x[0], y[0]));
        StringBuilder out = new StringBuilder();
        for (int[] group : groups) {
            int key = group[0];
            out.append(key >>> 16 == 0 ? '.' : ':').append(Tokens.text(key));
            Codec.number(group.length - 1, out);
            int previous = -1;
            for (int i = 1; i < group.length; i++) {
                int doc = group[i] >>> 12;
                Codec.number(doc - previous - 1, out);
                Codec.number(group[i] & 0xFFF, out);
                previous = doc;
            }
        }
        return out.toString();
    }

    /** A bucket's postings grouped by token, in document order: each array holds the key, then the postings. */
    private List<int[]> groups(int b) {
        int n = sizes[b];
        int[] k = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            long entry = blocks[b][i / BLOCK][i % BLOCK];
            k[i] = (int) (entry >>> 32);
            p[i] = (int) entry;
        }
        // few distinct keys per bucket: a small open table from key to group
        int cap = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
        int[] tableKeys = new int[cap];
        int[] tableGroup = new int[cap];
        Arrays.fill(tableGroup, -1);
        int[] groupOf = new int[n];
        int[] groupSize = new int[n];
        int[] groupKey = new int[n];
        int groupCount = 0;
        for (int i = 0; i < n; i++) {
            int slot = (k[i] * 0x85EBCA6B >>> 7) & (cap - 1);
            while (tableGroup[slot] >= 0 && tableKeys[slot] != k[i]) {
                slot = (slot + 1) & (cap - 1);
            }
            if (tableGroup[slot] < 0) {
                tableKeys[slot] = k[i];
                tableGroup[slot] = groupCount;
                groupKey[groupCount++] = k[i];
            }
            int g = tableGroup[slot];
            groupOf[i] = g;
            groupSize[g]++;
        }
        List<int[]> groups = new ArrayList<>(groupCount);
        int[] fill = new int[groupCount];
        for (int g = 0; g < groupCount; g++) {
            int[] group = new int[groupSize[g] + 1];
            group[0] = groupKey[g];
            groups.add(group);
            fill[g] = 1;
        }
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            groups.get(g)[fill[g]++] = p[i];
        }
        return groups;
    }
}
