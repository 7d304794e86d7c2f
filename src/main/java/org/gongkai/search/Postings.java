package org.gongkai.search;

import java.util.Arrays;

/**
 * Every (token, document, weight) of the index, appended in document order into 4,096 buckets by the token's hash,
 * as primitive ints; the shards written are runs of buckets, so their number is chosen once the size is known.
 * Within a bucket each token's documents stay in order, which the gaps of {@link Codec} need.
 */
final class Postings implements Shards {

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
                // not Arrays.copyOf, which makes a long[][] reflectively: slow without the C2 compiler
                long[][] grown = new long[bucket.length * 2][];
                System.arraycopy(bucket, 0, grown, 0, bucket.length);
                bucket = blocks[b] = grown;
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

    /** The text of shard {@code s} of 2^bits: each token (in key order) with its documents, gap-coded. */
    String encode(int s, int bits) {
        ByteOut out = new ByteOut(1024);
        encode(s, bits, out);
        return new String(out.toBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file of shard {@code s} of {@link #bits()}: {@code gongkaiSearch.shard(s,"…");}. */
    @Override
    public byte[] file(int s) {
        int bits = bits();
        ByteOut out = new ByteOut(8 * (int) Math.min(Integer.MAX_VALUE / 8, total >>> bits));
        out.ascii(ShardText.open(s));
        encode(s, bits, out);
        ShardText.close(out);
        return out.toBytes();
    }

    private void encode(int s, int bits, ByteOut out) {
        Grouped shard = grouped(s, bits);
        for (int t = 0; t < shard.keys().length; t++) {
            ShardText.token(out, shard.keys()[t], shard.postings(), shard.from()[t], shard.to()[t]);
        }
    }

    /**
     * The postings of one shard by token: token t is {@code keys[t]} (in unsigned key order) and its postings
     * (document << 12 | weight, in document order) are {@code postings[from[t]..to[t])}.
     */
    record Grouped(int[] keys, int[] from, int[] to, int[] postings) {
    }

    Grouped grouped(int s, int bits) {
        int span = 1 << (FINE_BITS - bits);
        int count = 0;
        int most = 0;
        for (int b = s * span; b < (s + 1) * span; b++) {
            count += sizes[b];
            most = Math.max(most, sizes[b]);
        }
        Tables tables = new Tables(most);
        // the shard's postings grouped by token (a token lies in one bucket; within it documents keep their order)
        int[] grouped = new int[count];
        int[] starts = new int[count + 1];
        int[] keysOf = new int[count];
        int groups = 0;
        int filled = 0;
        for (int b = s * span; b < (s + 1) * span; b++) {
            groups = group(b, tables, grouped, filled, starts, keysOf, groups);
            filled += sizes[b];
        }
        starts[groups] = filled;
        // tokens in key order (unsigned): the sign bit flipped so that a signed sort orders them
        long[] order = new long[groups];
        for (int g = 0; g < groups; g++) {
            order[g] = (long) (keysOf[g] ^ Integer.MIN_VALUE) << 32 | g;
        }
        Arrays.sort(order);
        int[] keys = new int[groups];
        int[] from = new int[groups];
        int[] to = new int[groups];
        for (int t = 0; t < groups; t++) {
            int g = (int) order[t];
            keys[t] = keysOf[g];
            from[t] = starts[g];
            to[t] = starts[g + 1];
        }
        return new Grouped(keys, from, to, grouped);
    }

    /**
     * The tables that group one bucket's postings by token, made once for the buckets of a shard (sized for the
     * largest) and cleared after each: a table per bucket was most of the encoding's allocation.
     */
    private static final class Tables {
        final int mask;
        final int[] keys;
        /** The group at each slot, plus one: 0 is an empty slot. */
        final int[] groupAt;
        final int[] slotOf;
        final int[] groupOf;
        final int[] sizeOf;

        Tables(int most) {
            int cap = Integer.highestOneBit(Math.max(4, most)) * 4;
            mask = cap - 1;
            keys = new int[cap];
            groupAt = new int[cap];
            slotOf = new int[most];
            groupOf = new int[most];
            sizeOf = new int[most];
        }
    }

    /**
     * Writes bucket {@code b}'s postings into {@code grouped} from {@code at}, grouped by token in order of first
     * appearance, each group's start in {@code starts} and key in {@code keysOf} from {@code firstGroup}; returns the
     * number of groups after it.
     */
    private int group(int b, Tables t, int[] grouped, int at, int[] starts, int[] keysOf, int firstGroup) {
        int n = sizes[b];
        if (n == 0) {
            return firstGroup;
        }
        long[][] bucket = blocks[b];
        int local = 0;
        for (int i = 0; i < n; i++) {
            int key = (int) (bucket[i / BLOCK][i % BLOCK] >>> 32);
            int slot = (key * 0x85EBCA6B >>> 7) & t.mask;
            while (t.groupAt[slot] != 0 && t.keys[slot] != key) {
                slot = (slot + 1) & t.mask;
            }
            if (t.groupAt[slot] == 0) {
                t.keys[slot] = key;
                t.groupAt[slot] = local + 1;
                t.slotOf[local] = slot;
                keysOf[firstGroup + local] = key;
                local++;
            }
            int g = t.groupAt[slot] - 1;
            t.groupOf[i] = g;
            t.sizeOf[g]++;
        }
        // sizeOf becomes each group's next place
        int offset = at;
        for (int g = 0; g < local; g++) {
            starts[firstGroup + g] = offset;
            int size = t.sizeOf[g];
            t.sizeOf[g] = offset;
            offset += size;
        }
        for (int i = 0; i < n; i++) {
            grouped[t.sizeOf[t.groupOf[i]]++] = (int) bucket[i / BLOCK][i % BLOCK];
        }
        for (int g = 0; g < local; g++) {
            t.groupAt[t.slotOf[g]] = 0;
            t.sizeOf[g] = 0;
        }
        return firstGroup + local;
    }
}
