package org.gongkai.search;

import java.nio.charset.StandardCharsets;

/**
 * The format of a shard file, both ways: {@code gongkaiSearch.shard(n,"…");} where … is each token (in unsigned key
 * order) as {@code .c} or {@code :cc}, the number of its documents, then per document the gap from the previous id
 * and the weight, in {@link Codec}'s base-32 digits. A posting is one int: the document's id above 12 bits of weight.
 */
final class ShardText {

    private static final byte[] CLOSE = "\");\n".getBytes(StandardCharsets.US_ASCII);
    /** Each byte's digit value: 0–31 for a last digit, 32–63 for one that says more follow, -1 for none. */
    private static final byte[] DIGITS = new byte[256];

    static {
        java.util.Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < 32; i++) {
            DIGITS[Codec.LAST.charAt(i)] = (byte) i;
            DIGITS[Codec.MORE.charAt(i)] = (byte) (32 + i);
        }
    }

    private ShardText() {
    }

    static String open(int shard) {
        return "gongkaiSearch.shard(" + shard + ",\"";
    }

    /** The length of what {@link #close} writes. */
    static int closeLength() {
        return CLOSE.length;
    }

    static void close(ByteOut out) {
        out.ascii("\");\n");
    }

    /** Writes one token with its postings {@code postings[from..to)}, which are in document order. */
    static void token(ByteOut out, int key, int[] postings, int from, int to) {
        head(out, key, to - from);
        int previous = -1;
        for (int i = from; i < to; i++) {
            int doc = postings[i] >>> 12;
            out.number(doc - previous - 1).number(postings[i] & 0xFFF);
            previous = doc;
        }
    }

    /** Writes a token's key and its number of documents: what precedes its postings. */
    static void head(ByteOut out, int key, int documents) {
        char first = (char) (key >>> 16);
        if (first == 0) {
            out.ascii('.');
        } else {
            out.ascii(':').utf8(first);
        }
        out.utf8((char) key).number(documents);
    }

    /**
     * Copies a token as written in {@code file}: its key and count {@code [tokenStart..firstGap)}, its postings after
     * the first gap {@code [afterFirstGap..end)}, with every document moved by the same amount, so that only the first
     * gap (which is the first document's id) changes, to {@code firstId}.
     */
    static void shifted(ByteOut out, byte[] file, int tokenStart, int firstGap, int afterFirstGap, int end, int firstId) {
        out.bytes(file, tokenStart, firstGap).number(firstId).bytes(file, afterFirstGap, end);
    }

    /** A shard file as written, or a file that is not one. */
    static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why, null, false, false);
        }
    }

    /** Reads the body of a shard file: tokens and numbers, every byte checked, so a damaged file is refused. */
    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int at;

        /** Over shard {@code shard}'s whole file; refuses one that does not open and close as a shard does. */
        Reader(byte[] file, int shard) throws Unreadable {
            byte[] open = open(shard).getBytes(StandardCharsets.US_ASCII);
            if (file.length < open.length + CLOSE.length
                    || !java.util.Arrays.equals(file, 0, open.length, open, 0, open.length)
                    || !java.util.Arrays.equals(file, file.length - CLOSE.length, file.length, CLOSE, 0, CLOSE.length)) {
                throw new Unreadable("not shard " + shard);
            }
            this.bytes = file;
            this.at = open.length;
            this.end = file.length - CLOSE.length;
        }

        private Reader(byte[] bytes, int at, int end) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
        }

        int position() {
            return at;
        }

        /** A reader of tokens as {@link #token} wrote them into {@code bytes[from..to)}. */
        static Reader over(byte[] bytes, int from, int to) {
            return new Reader(bytes, from, to);
        }

        boolean more() {
            return at < end;
        }

        /** The next token's key. */
        int key() throws Unreadable {
            byte mark = next();
            if (mark == '.') {
                return character();
            }
            if (mark == ':') {
                return character() << 16 | character();
            }
            throw new Unreadable("no token at " + (at - 1));
        }

        /** The next number: the inverse of {@link ByteOut#number}. */
        int number() throws Unreadable {
            int value = 0;
            for (int digits = 0; digits < 7; digits++) {
                int digit = DIGITS[next() & 0xFF];
                // a leading zero is never written: refused, so that a file read is the only one of its numbers
                if (digit < 0 || digits == 0 && digit == 32) {
                    throw new Unreadable("no digit at " + (at - 1));
                }
                if (digit < 32) {
                    return value << 5 | digit;
                }
                value = value << 5 | (digit - 32);
            }
            throw new Unreadable("number too long at " + at);
        }

        /**
         * The next {@code n} postings of a token, each as {@code id << 12 | weight} into {@code into}: ids below
         * {@code gone.length}, weights 2 to 4095; returns how many have an id marked in {@code gone}. {@link #number}
         * written out, as most of an incremental build's reading is here.
         */
        int postings(int n, int[] into, boolean[] gone) throws Unreadable {
            byte[] b = bytes;
            int i = at;
            int doc = -1;
            int docs = gone.length;
            int marked = 0;
            for (int p = 0; p < n; p++) {
                // most postings are a one-digit gap and a one-digit weight: two bytes, read without a loop
                int first = i + 1 < end ? DIGITS[b[i] & 0xFF] : -1;
                int second = first >= 0 && first < 32 ? DIGITS[b[i + 1] & 0xFF] : -1;
                if (second >= 2 && second < 32) {
                    i += 2;
                    doc += first + 1;
                    if (doc >= docs) {
                        throw new Unreadable("no such posting at " + i);
                    }
                    into[p] = doc << 12 | second;
                    marked += gone[doc] ? 1 : 0;
                    continue;
                }
                int gap = 0;
                int weight = 0;
                for (int k = 0; k < 2; k++) {
                    int value = 0;
                    int digit = 32;
                    // five digits hold any id or weight (below 2^19): a longer number is no posting
                    for (int digits = 0; digits < 5 && digit >= 32; digits++) {
                        if (i >= end) {
                            throw new Unreadable("ends early");
                        }
                        digit = DIGITS[b[i++] & 0xFF];
                        if (digit < 0 || digits == 0 && digit == 32) {
                            throw new Unreadable("no digit at " + (i - 1));
                        }
                        value = value << 5 | (digit & 31);
                    }
                    if (digit >= 32) {
                        throw new Unreadable("number too long at " + i);
                    }
                    gap = k == 0 ? value : gap;
                    weight = value;
                }
                doc += gap + 1;
                if (doc >= docs || weight < 2 || weight > 0xFFF) {
                    throw new Unreadable("no such posting at " + i);
                }
                into[p] = doc << 12 | weight;
                marked += gone[doc] ? 1 : 0;
            }
            at = i;
            return marked;
        }

        /** One character of the BMP, as {@link ByteOut#utf8} writes it (no longer form); never 0, which no token holds. */
        private int character() throws Unreadable {
            int b = next() & 0xFF;
            int c;
            if (b < 0x80) {
                c = b;
            } else if ((b & 0xE0) == 0xC0) {
                c = (b & 0x1F) << 6 | continuation();
                c = c < 0x80 ? 0 : c;
            } else if ((b & 0xF0) == 0xE0) {
                c = (b & 0x0F) << 12 | continuation() << 6 | continuation();
                c = c < 0x800 ? 0 : c;
            } else {
                throw new Unreadable("not UTF-8 at " + (at - 1));
            }
            if (c == 0 || c == '"' || c == '\\' || Character.isSurrogate((char) c)) {
                throw new Unreadable("no token character at " + (at - 1));
            }
            return c;
        }

        private int continuation() throws Unreadable {
            int b = next() & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw new Unreadable("not UTF-8 at " + (at - 1));
            }
            return b & 0x3F;
        }

        private byte next() throws Unreadable {
            if (at >= end) {
                throw new Unreadable("ends early");
            }
            return bytes[at++];
        }
    }
}
