package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index a previous build published under {@code search/}, read back so that an incremental build can take the
 * postings of unchanged documents from it: each id's document (path, title, date, 发布机构, from {@code d/*.js}) and
 * the shards' tokens, every byte checked on reading. Anything that is not exactly what {@link SearchIndex} writes —
 * a missing or damaged file, another format, the preview's {@code delta.js} in force — makes it unusable.
 */
final class PublishedIndex {

    private static final Pattern META = Pattern.compile(
            "gongkaiSearch\\.meta\\(\\{\"bits\":(\\d{1,2}),\"delta\":(true|false),\"docs\":(\\d{1,7}),\"perFile\":(\\d{1,4}),");

    private final int bits;
    /** Per old id: what {@link #key} makes of its row in {@code d/*.js}, and the row's excerpt. */
    private final List<String> keys;
    private final List<String> excerpts;
    /** Per old id: how many postings it has. */
    private final int[] postingsOf;
    private final byte[][] shards;
    /** Every token of every shard, shard by shard in key order: its key and where its document count starts. */
    private final int[] tokenKeys;
    private final int[] tokenAt;
    /** Shard s holds tokens firstToken[s] to firstToken[s + 1] - 1. */
    private final int[] firstToken;

    private PublishedIndex(int bits, List<String> keys, List<String> excerpts, int[] postingsOf, byte[][] shards, int[] tokenKeys, int[] tokenAt,
                           int[] firstToken) {
        this.bits = bits;
        this.keys = keys;
        this.excerpts = excerpts;
        this.postingsOf = postingsOf;
        this.shards = shards;
        this.tokenKeys = tokenKeys;
        this.tokenAt = tokenAt;
        this.firstToken = firstToken;
    }

    /** What identifies a document across builds, as far as the published rows show it. */
    static String key(String path, String title, String date, String department) {
        return path + '\u0000' + title + '\u0000' + date + '\u0000' + department;
    }

    /** The index in {@code dir} (a published site's {@code search/}), or empty when it cannot be used. */
    static Optional<PublishedIndex> read(Path dir) {
        try {
            Matcher meta = META.matcher(Files.readString(dir.resolve("meta.js"), StandardCharsets.UTF_8));
            if (!meta.lookingAt() || !meta.group(2).equals("false")
                    || Integer.parseInt(meta.group(4)) != SearchIndex.DOCS_PER_FILE
                    || Integer.parseInt(meta.group(1)) > Postings.FINE_BITS
                    || Integer.parseInt(meta.group(3)) > Postings.MAX_DOCS) {
                return Optional.empty();
            }
            int bits = Integer.parseInt(meta.group(1));
            int docs = Integer.parseInt(meta.group(3));
            List<String> keys = new ArrayList<>(docs);
            List<String> excerpts = new ArrayList<>(docs);
            for (int f = 0; f * SearchIndex.DOCS_PER_FILE < docs; f++) {
                String text = Files.readString(dir.resolve("d/" + f + ".js"), StandardCharsets.UTF_8);
                if (!rows(text, f, Math.min(SearchIndex.DOCS_PER_FILE, docs - f * SearchIndex.DOCS_PER_FILE), keys, excerpts)) {
                    return Optional.empty();
                }
            }
            return Optional.of(shards(dir, bits, keys, excerpts));
        } catch (IOException | ShardText.Unreadable | RuntimeException e) {
            // unreadable as an index of ours (RuntimeException: a malformed file the checks let through)
            return Optional.empty();
        }
    }

    /** Adds the keys of the {@code count} rows of document file {@code f}; false when it is not such a file. */
    private static boolean rows(String text, int f, int count, List<String> keys, List<String> excerpts) {
        String open = "gongkaiSearch.docs(" + f + ",[";
        if (!text.startsWith(open)) {
            return false;
        }
        int[] at = {open.length()};
        for (int i = 0; i < count; i++) {
            if (i > 0 && !skip(text, at, ",\n") || !skip(text, at, "[")) {
                return false;
            }
            String[] fields = new String[5];
            for (int k = 0; k < fields.length; k++) {
                if (k > 0 && !skip(text, at, ",") || (fields[k] = Codec.readString(text, at)) == null) {
                    return false;
                }
            }
            if (!skip(text, at, "]")) {
                return false;
            }
            keys.add(key(fields[0], fields[1], fields[2], fields[3]));
            excerpts.add(fields[4]);
        }
        return skip(text, at, "]);\n") && at[0] == text.length();
    }

    private static boolean skip(String text, int[] at, String expected) {
        if (!text.startsWith(expected, at[0])) {
            return false;
        }
        at[0] += expected.length();
        return true;
    }

    private static PublishedIndex shards(Path dir, int bits, List<String> keys, List<String> excerpts) throws IOException, ShardText.Unreadable {
        int docs = keys.size();
        int[] postingsOf = new int[docs];
        byte[][] shards = new byte[1 << bits][];
        int[] firstToken = new int[(1 << bits) + 1];
        int[] tokenKeys = new int[1 << 16];
        int[] tokenAt = new int[1 << 16];
        int tokens = 0;
        for (int s = 0; s < shards.length; s++) {
            shards[s] = Files.readAllBytes(dir.resolve("s/" + s + ".js"));
            firstToken[s] = tokens;
            ShardText.Reader in = new ShardText.Reader(shards[s], s);
            while (in.more()) {
                int key = in.key();
                if (Postings.shard(key, bits) != s || tokens > firstToken[s]
                        && Integer.compareUnsigned(key, tokenKeys[tokens - 1]) <= 0) {
                    throw new ShardText.Unreadable("token out of place in shard " + s);
                }
                if (tokens == tokenKeys.length) {
                    tokenKeys = Arrays.copyOf(tokenKeys, tokens * 2);
                    tokenAt = Arrays.copyOf(tokenAt, tokens * 2);
                }
                tokenKeys[tokens] = key;
                tokenAt[tokens++] = in.position();
                int n = in.number();
                int doc = -1;
                for (int i = 0; i < n; i++) {
                    doc += in.number() + 1;
                    int weight = in.number();
                    if (doc >= docs || weight < 2 || weight > 0xFFF) {
                        throw new ShardText.Unreadable("no such posting in shard " + s);
                    }
                    postingsOf[doc]++;
                }
                if (n == 0) {
                    throw new ShardText.Unreadable("a token without documents in shard " + s);
                }
            }
        }
        firstToken[shards.length] = tokens;
        return new PublishedIndex(bits, keys, excerpts, postingsOf, shards, Arrays.copyOf(tokenKeys, tokens),
                Arrays.copyOf(tokenAt, tokens), firstToken);
    }

    int docs() {
        return keys.size();
    }

    String key(int id) {
        return keys.get(id);
    }

    String excerpt(int id) {
        return excerpts.get(id);
    }

    int postingsOf(int id) {
        return postingsOf[id];
    }

    /** The tokens of this index that fall into shard {@code s} of 2^{@code newBits}, in unsigned key order. */
    int[] tokensIn(int s, int newBits) {
        if (newBits >= bits) {
            int old = s >>> (newBits - bits);
            return java.util.stream.IntStream.range(firstToken[old], firstToken[old + 1])
                    .filter(t -> Postings.shard(tokenKeys[t], newBits) == s).toArray();
        }
        // several of our shards make the new one: their tokens merged into key order
        int from = firstToken[s << (bits - newBits)];
        int to = firstToken[(s + 1) << (bits - newBits)];
        long[] order = new long[to - from];
        for (int t = from; t < to; t++) {
            order[t - from] = (long) (tokenKeys[t] ^ Integer.MIN_VALUE) << 32 | t;
        }
        Arrays.sort(order);
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = (int) order[i];
        }
        return out;
    }

    int tokenKey(int token) {
        return tokenKeys[token];
    }

    /** How many documents token {@code token} is in. */
    int count(int token) {
        try {
            return reader(token).number();
        } catch (ShardText.Unreadable e) {
            throw new IllegalStateException("checked when read", e);
        }
    }

    /**
     * Decodes token {@code token}'s postings (old id << 12 | weight, in id order) into {@code into}, which must have
     * room for {@link #count}; returns how many.
     */
    int postings(int token, int[] into) {
        try {
            ShardText.Reader in = reader(token);
            int n = in.number();
            int doc = -1;
            for (int i = 0; i < n; i++) {
                doc += in.number() + 1;
                into[i] = doc << 12 | in.number();
            }
            return n;
        } catch (ShardText.Unreadable e) {
            throw new IllegalStateException("checked when read", e);
        }
    }

    /** A reader at the token's document count. */
    private ShardText.Reader reader(int token) throws ShardText.Unreadable {
        int shard = Arrays.binarySearch(firstToken, token);
        // equal starts belong to empty shards before the one that holds the token: take the last of them
        if (shard < 0) {
            shard = -shard - 2;
        } else {
            while (firstToken[shard + 1] == token) {
                shard++;
            }
        }
        ShardText.Reader in = new ShardText.Reader(shards[shard], shard);
        in.seek(tokenAt[token]);
        return in;
    }
}
