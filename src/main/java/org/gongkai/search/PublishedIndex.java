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
import java.util.stream.IntStream;

/**
 * The index a previous build published under {@code search/}, read back so that an incremental build can take the
 * postings of unchanged documents from it: each id's document (path, title, date, 发布机构 and excerpt, from
 * {@code d/*.js}), then the shards, every byte checked. Anything that is not exactly what {@link SearchIndex} writes
 * — a missing or damaged file, another format, the preview's {@code delta.js} in force — makes it unusable.
 */
final class PublishedIndex {

    private static final Pattern META = Pattern.compile(
            "gongkaiSearch\\.meta\\(\\{\"bits\":(\\d{1,2}),\"delta\":(true|false),\"docs\":(\\d{1,7}),\"perFile\":(\\d{1,4}),");

    private final Path dir;
    private final int bits;
    private final int docs;
    /** The text of each {@code d/<f>.js}, its rows parsed only when the documents moved (see {@link #rowsAsNow}). */
    private final List<String> texts;
    /** Per id: what {@link #key} makes of its row in {@code d/*.js}, and the row's excerpt; null until asked for. */
    private List<String> keys;
    private List<String> excerpts;

    private PublishedIndex(Path dir, int bits, int docs, List<String> texts) {
        this.dir = dir;
        this.bits = bits;
        this.docs = docs;
        this.texts = texts;
    }

    /**
     * One published shard's tokens that kept documents, renumbered: token t has key {@code keys[t]} (in key order)
     * and is written, as {@link ShardText#token} writes it, in {@code body[starts[t]..starts[t + 1])}.
     */
    record Renumbered(int[] keys, int[] starts, byte[] body, long postings) {
    }

    /** What identifies a document across builds, as far as the published rows show it. */
    static String key(String path, String title, String date, String department) {
        return path + '\u0000' + title + '\u0000' + date + '\u0000' + department;
    }

    /** The documents of the index in {@code dir} (a published site's {@code search/}), or empty when it is not one. */
    static Optional<PublishedIndex> read(Path dir) {
        try {
            Matcher meta = META.matcher(Files.readString(dir.resolve("meta.js"), StandardCharsets.UTF_8));
            if (!meta.lookingAt() || !meta.group(2).equals("false")
                    || Integer.parseInt(meta.group(4)) != SearchIndex.DOCS_PER_FILE
                    || Integer.parseInt(meta.group(1)) > Postings.FINE_BITS
                    || Integer.parseInt(meta.group(3)) > Postings.MAX_DOCS) {
                return Optional.empty();
            }
            int docs = Integer.parseInt(meta.group(3));
            List<String> texts = IntStream.range(0, (docs + SearchIndex.DOCS_PER_FILE - 1) / SearchIndex.DOCS_PER_FILE)
                    .parallel().mapToObj(f -> text(dir, f)).toList();
            return Optional.of(new PublishedIndex(dir, Integer.parseInt(meta.group(1)), docs, texts));
        } catch (IOException | RuntimeException e) {
            // unreadable as an index of ours (RuntimeException: a malformed file the checks let through)
            return Optional.empty();
        }
    }

    private static String text(Path dir, int f) {
        try {
            return Files.readString(dir.resolve("d/" + f + ".js"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Per published id: whether its row says what the row of {@code docs}' document of the same id would (path,
     * title, date and 发布机构; for a table row its cells too). Compared as written, so the rows that match are not
     * parsed. Throws IllegalArgumentException when a document file is not one.
     */
    boolean[] rowsAsNow(List<SearchDoc> now) {
        boolean[] same = new boolean[docs];
        IntStream.range(0, texts.size()).parallel().forEach(f -> walk(f, (id, at) -> {
            if (id >= now.size()) {
                return 0;
            }
            SearchDoc doc = now.get(id);
            // a report's row up to its excerpt (its summary, which the index does not hold); a table row whole
            StringBuilder expected = new StringBuilder("[");
            Codec.string(doc.path(), expected);
            Codec.string(doc.title(), expected.append(','));
            Codec.string(SearchIndex.dateText(doc), expected.append(','));
            Codec.string(doc.department(), expected.append(','));
            if (doc.row()) {
                Codec.string(doc.extra(), expected.append(','));
                expected.append(']');
            }
            String prefix = expected.toString();
            boolean matches = texts.get(f).startsWith(prefix, at);
            same[id] = matches;
            return matches ? prefix.length() : 0;
        }, null));
        return same;
    }

    /** The keys and excerpts of every row, parsed once the documents are known to have moved. */
    private void parse() {
        if (keys != null) {
            return;
        }
        List<String[]> rows = new ArrayList<>(docs);
        for (int f = 0; f < texts.size(); f++) {
            walk(f, (id, at) -> 0, rows);
        }
        keys = rows.stream().map(r -> key(r[0], r[1], r[2], r[3])).toList();
        excerpts = rows.stream().map(r -> r[4]).toList();
    }

    /** Matches the start of a row at a position in its file; returns how many characters it matched (0: none). */
    private interface RowStart {
        int match(int id, int at);
    }

    /**
     * Walks the rows of document file {@code f}, every character checked: each row is first offered to
     * {@code start}, and what it did not match is read as fields (into {@code rows} when not null).
     */
    private void walk(int f, RowStart start, List<String[]> rows) {
        String text = texts.get(f);
        String open = "gongkaiSearch.docs(" + f + ",[";
        if (!text.startsWith(open)) {
            throw new IllegalArgumentException("not document file " + f);
        }
        int count = Math.min(SearchIndex.DOCS_PER_FILE, docs - f * SearchIndex.DOCS_PER_FILE);
        int[] at = {open.length()};
        for (int i = 0; i < count; i++) {
            boolean row = i == 0 || skip(text, at, ",\n");
            int matched = row ? start.match(f * SearchIndex.DOCS_PER_FILE + i, at[0]) : 0;
            at[0] += matched;
            // a matched report leaves its excerpt to read, a matched table row nothing
            int first = matched == 0 ? 0 : text.charAt(at[0] - 1) == ']' ? 5 : 4;
            row = matched > 0 || skip(text, at, "[");
            String[] fields = new String[5];
            for (int k = first; k < fields.length && row; k++) {
                row = (k == 0 || skip(text, at, ",")) && (fields[k] = Codec.readString(text, at)) != null;
            }
            if (!row || first < 5 && !skip(text, at, "]")) {
                throw new IllegalArgumentException("no row " + i + " in document file " + f);
            }
            if (rows != null) {
                rows.add(fields);
            }
        }
        if (!skip(text, at, "]);\n") || at[0] != text.length()) {
            throw new IllegalArgumentException("document file " + f + " does not end after its rows");
        }
    }

    private static boolean skip(String text, int[] at, String expected) {
        if (!text.startsWith(expected, at[0])) {
            return false;
        }
        at[0] += expected.length();
        return true;
    }

    int bits() {
        return bits;
    }

    /** Published shard {@code s}'s file. */
    Path shard(int s) {
        return dir.resolve("s/" + s + ".js");
    }

    int docs() {
        return docs;
    }

    String key(int id) {
        parse();
        return keys.get(id);
    }

    String excerpt(int id) {
        parse();
        return excerpts.get(id);
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
