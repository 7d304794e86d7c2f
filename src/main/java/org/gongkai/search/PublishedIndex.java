package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The index a previous build published under {@code search/}, read back so that an incremental build can take the
 * postings of unchanged documents from it: each id's document ({@link PublishedRows}), then the shards, every byte
 * checked. Anything that is not exactly what {@link SearchIndex} writes
 * — a missing or damaged file, another format — makes it unusable.
 */
final class PublishedIndex {

    private static final Pattern META = Pattern.compile(
            "gongkaiSearch\\.meta\\(\\{\"bits\":(\\d{1,2}),\"docs\":(\\d{1,7}),\"perFile\":(\\d{1,4}),");

    private final Path dir;
    private final int bits;
    private final PublishedRows rows;

    private PublishedIndex(Path dir, int bits, PublishedRows rows) {
        this.dir = dir;
        this.bits = bits;
        this.rows = rows;
    }

    /**
     * One published shard's tokens that kept documents, renumbered: token t has key {@code keys[t]} (in key order)
     * and is written, as {@link ShardText#token} writes it, in {@code body[starts[t]..starts[t + 1])}.
     */
    record Renumbered(int[] keys, int[] starts, byte[] body, long postings) {
    }

    /** The documents of the index in {@code dir} (a published site's {@code search/}), or empty when it is not one. */
    static Optional<PublishedIndex> read(Path dir) {
        try {
            Matcher meta = META.matcher(Files.readString(dir.resolve("meta.js"), StandardCharsets.UTF_8));
            if (!meta.lookingAt() || Integer.parseInt(meta.group(3)) != SearchIndex.DOCS_PER_FILE
                    || Integer.parseInt(meta.group(1)) > Postings.FINE_BITS
                    || Integer.parseInt(meta.group(2)) > Postings.MAX_DOCS) {
                return Optional.empty();
            }
            int docs = Integer.parseInt(meta.group(2));
            return Optional.of(new PublishedIndex(dir, Integer.parseInt(meta.group(1)), PublishedRows.read(dir, docs)));
        } catch (IOException | RuntimeException e) {
            // unreadable as an index of ours (RuntimeException: a malformed file the checks let through)
            return Optional.empty();
        }
    }

    int bits() {
        return bits;
    }

    /** The published {@code search/} folder. */
    Path dir() {
        return dir;
    }

    int docs() {
        return rows.docs();
    }

    /** The published documents' rows in {@code d/*.js}. */
    PublishedRows rows() {
        return rows;
    }

    /**
     * Every shard read, checked and renumbered (on the pool's threads: an incremental build has little else to do
     * meanwhile): document {@code id} becomes {@code idNow[id]}, or is left out where that is -1; {@code idNow} must
     * keep the order of the documents it keeps. Empty when a shard is missing or damaged.
     */
    Optional<Renumbered[]> renumbered(int[] idNow) {
        try {
            return Optional.of(IntStream.range(0, 1 << bits).parallel().mapToObj(s -> renumber(s, idNow))
                    .toArray(Renumbered[]::new));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Renumbered renumber(int s, int[] idNow) {
        try {
            byte[] file = Files.readAllBytes(dir.resolve("s/" + s + ".js"));
            ShardText.Reader in = new ShardText.Reader(file, s);
            ByteOut out = new ByteOut(file.length);
            int[] keys = new int[256];
            int[] starts = new int[257];
            int[] kept = new int[256];
            int tokens = 0;
            long postings = 0;
            int previous = 0;
            while (in.more()) {
                int tokenStart = in.position();
                int key = in.key();
                if (Postings.shard(key, bits) != s || previous != 0 && Integer.compareUnsigned(key, previous) <= 0) {
                    throw new ShardText.Unreadable("token out of place in shard " + s);
                }
                previous = key;
                int n = in.number();
                if (n == 0 || n > idNow.length) {
                    throw new ShardText.Unreadable("a token without documents in shard " + s);
                }
                if (n > kept.length) {
                    kept = new int[Math.max(n, Math.min(idNow.length, 2 * kept.length))];
                }
                int firstGap = in.position();
                int afterFirstGap = 0;
                int k = 0;
                int doc = -1;
                int firstDoc = 0;
                // when all its documents are kept and move by the same amount, the token's bytes are copied
                int shift = 0;
                boolean shifted = true;
                for (int i = 0; i < n; i++) {
                    doc += in.number() + 1;
                    if (i == 0) {
                        firstDoc = doc;
                        afterFirstGap = in.position();
                    }
                    int weight = in.number();
                    if (doc >= idNow.length || weight < 2 || weight > 0xFFF) {
                        throw new ShardText.Unreadable("no such posting in shard " + s);
                    }
                    int now = idNow[doc];
                    if (now >= 0) {
                        kept[k++] = now << 12 | weight;
                        shift = i == 0 ? now - doc : shift;
                        shifted &= now - doc == shift;
                    } else {
                        shifted = false;
                    }
                }
                if (k > 0) {
                    if (tokens + 1 == keys.length) {
                        keys = Arrays.copyOf(keys, keys.length * 2);
                        starts = Arrays.copyOf(starts, keys.length + 1);
                    }
                    keys[tokens] = key;
                    starts[tokens++] = out.size();
                    if (shifted) {
                        ShardText.shifted(out, file, tokenStart, firstGap, afterFirstGap, in.position(), firstDoc + shift);
                    } else {
                        ShardText.token(out, key, kept, 0, k);
                    }
                    postings += k;
                }
            }
            starts[tokens] = out.size();
            return new Renumbered(Arrays.copyOf(keys, tokens), Arrays.copyOf(starts, tokens + 1), out.toBytes(), postings);
        } catch (IOException | ShardText.Unreadable e) {
            throw new IllegalArgumentException(e);
        }
    }
}
