package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The shards of an incremental build in which every document taken from the published index kept its id (a report
 * edited in place, a row's cells changed: the common case). Each published shard is read once; where the postings of
 * the documents counted again, and of those gone, are what the shard held for them, the published file is this
 * build's file byte for byte and is carried over ({@link #published}). Only the other shards are written again, their
 * untouched tokens copied as bytes. One edited report has tokens in nearly every shard, but an edit changes the
 * weights of few of them, so few files are written.
 */
final class PatchedShards implements Shards {

    /** The published index's folder, and log2 of its number of shards. */
    private final Path dir;
    private final int bits;
    /** Per published id: its postings are not this build's (its document is counted again, or gone). */
    private final boolean[] gone;
    private final Postings counted;
    private final boolean[] changed;
    private long total;

    private PatchedShards(Path dir, int bits, boolean[] gone, Postings counted, boolean[] changed) {
        this.dir = dir;
        this.bits = bits;
        this.gone = gone;
        this.counted = counted;
        this.changed = changed;
    }

    /**
     * The patched shards when which of them change is known already (from what the documents counted again held
     * before, {@link SearchMemory}): none is read until it is written.
     *
     * @param changed per shard, whether the counted documents' postings there differ from what it holds
     * @param total   the number of postings of the patched index
     */
    static Shards known(Path dir, int bits, boolean[] gone, Postings counted, boolean[] changed, long total) {
        PatchedShards patched = new PatchedShards(dir, bits, gone, counted, changed);
        patched.total = total;
        return patched;
    }

    /**
     * The patched shards, or empty when a published shard cannot be read or the new number of postings asks for
     * another shard count (then the shards are renumbered and merged whole, {@link ReusedShards}).
     *
     * @param gone    per published id, whether its postings are left out
     * @param counted the postings of the documents counted again, by their ids now, which no kept document has
     */
    static Optional<Shards> of(PublishedIndex index, boolean[] gone, Postings counted) {
        int shards = 1 << index.bits();
        long[] kept = new long[shards];
        boolean[] changed = new boolean[shards];
        PatchedShards patched = new PatchedShards(index.dir(), index.bits(), gone, counted, changed);
        try {
            IntStream.range(0, shards).parallel().forEach(s -> {
                long result = patched.patch(s, read(patched.shard(s)), null);
                kept[s] = result >>> 1;
                changed[s] = (result & 1) != 0;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        patched.total = Arrays.stream(kept).sum() + counted.total();
        return Postings.bitsFor(patched.total) == index.bits() ? Optional.of(patched) : Optional.empty();
    }

    @Override
    public int bits() {
        return bits;
    }

    @Override
    public long postings() {
        return total;
    }

    @Override
    public Optional<Path> published(int shard) {
        return changed[shard] ? Optional.empty() : Optional.of(shard(shard));
    }

    private Path shard(int s) {
        return dir.resolve("s/" + s + ".js");
    }

    @Override
    public byte[] file(int shard) {
        byte[] file = read(shard(shard));
        if (!changed[shard]) {
            return file;
        }
        ByteOut out = new ByteOut(file.length + 1024);
        out.ascii(ShardText.open(shard));
        patch(shard, file, out);
        ShardText.close(out);
        return out.toBytes();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Walks published shard {@code s} (every byte checked) beside the counted postings of the shard; writes the
     * patched tokens into {@code out} when it is not null. Returns the postings kept, shifted left by one, with bit 0
     * set when the shard changes.
     */
    private long patch(int s, byte[] file, ByteOut out) {
        Postings.Grouped fresh = counted.grouped(s, bits);
        int[] keys = fresh.keys();
        int j = 0;
        long kept = 0;
        boolean differs = false;
        int[] postings = new int[64];
        int previous = 0;
        try {
            ShardText.Reader in = new ShardText.Reader(file, s);
            while (in.more()) {
                int tokenStart = in.position();
                int key = in.key();
                if (Postings.shard(key, bits) != s || previous != 0 && Integer.compareUnsigned(key, previous) <= 0) {
                    throw new ShardText.Unreadable("token out of place in shard " + s);
                }
                previous = key;
                // the counted tokens before this one are new to the shard
                while (j < keys.length && Integer.compareUnsigned(keys[j], key) < 0) {
                    differs = true;
                    if (out != null) {
                        ShardText.token(out, keys[j], fresh.postings(), fresh.from()[j], fresh.to()[j]);
                    }
                    j++;
                }
                int n = in.number();
                if (n == 0 || n > gone.length) {
                    throw new ShardText.Unreadable("a token without documents in shard " + s);
                }
                if (n > postings.length) {
                    postings = new int[Math.max(n, Math.min(gone.length, 2 * postings.length))];
                }
                int marked = in.postings(n, postings, gone);
                boolean counts = j < keys.length && keys[j] == key;
                int from = counts ? fresh.from()[j] : 0;
                int to = counts ? fresh.to()[j++] : 0;
                int keeps = marked == 0 ? n : keepOnly(postings, n, marked);
                kept += keeps;
                if (Arrays.equals(postings, keeps, n, fresh.postings(), from, to)) {
                    // the gone postings are the counted ones: the token's bytes stay
                    if (out != null) {
                        out.bytes(file, tokenStart, in.position());
                    }
                    continue;
                }
                differs = true;
                if (out != null) {
                    int[] merged = merge(postings, keeps, fresh.postings(), from, to);
                    if (merged.length > 0) {
                        ShardText.token(out, key, merged, 0, merged.length);
                    }
                }
            }
        } catch (ShardText.Unreadable e) {
            throw new IllegalArgumentException(e);
        }
        for (; j < keys.length; j++) {
            differs = true;
            if (out != null) {
                ShardText.token(out, keys[j], fresh.postings(), fresh.from()[j], fresh.to()[j]);
            }
        }
        return kept << 1 | (differs ? 1 : 0);
    }

    /**
     * Moves the kept postings of {@code postings[0..n)} to its front, in order, and the {@code goneCount} gone ones
     * behind them, in order; returns how many are kept.
     */
    private int keepOnly(int[] postings, int n, int goneCount) {
        int[] removed = new int[goneCount];
        int k = 0;
        int g = 0;
        for (int i = 0; i < n; i++) {
            int p = postings[i];
            if (gone[p >>> 12]) {
                removed[g++] = p;
            } else {
                postings[k++] = p;
            }
        }
        System.arraycopy(removed, 0, postings, k, goneCount);
        return k;
    }

    /** The kept postings {@code postings[0..kept)} and {@code fresh[from..to)}, both in document order, merged. */
    private static int[] merge(int[] postings, int kept, int[] fresh, int from, int to) {
        int[] out = new int[kept + to - from];
        int i = 0;
        int j = from;
        int size = 0;
        while (i < kept || j < to) {
            boolean first = j == to || i < kept && (postings[i] >>> 12) < (fresh[j] >>> 12);
            out[size++] = first ? postings[i++] : fresh[j++];
        }
        return out;
    }
}
