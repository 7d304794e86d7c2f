package org.gongkai.lint;

import java.util.Set;

/**
 * A 256-bit fingerprint of a set of bigrams: each bigram sets one bit. Two sets that share fewer than two bits
 * cannot share two bigrams, so matching skips most rows with a few AND operations before comparing sets. The
 * filter never drops a real candidate (equal bigrams always set the same bit).
 */
record BigramMask(long a, long b, long c, long d) {

    static BigramMask of(Set<String> bigrams) {
        long[] words = new long[4];
        for (String bigram : bigrams) {
            int bit = (bigram.hashCode() * 0x9E3779B9) >>> 24;
            words[bit >>> 6] |= 1L << (bit & 63);
        }
        return new BigramMask(words[0], words[1], words[2], words[3]);
    }

    /** True when the two sets may share at least two bigrams. */
    boolean mayShareTwo(BigramMask other) {
        return Long.bitCount(a & other.a) + Long.bitCount(b & other.b) + Long.bitCount(c & other.c)
                + Long.bitCount(d & other.d) >= 2;
    }
}
