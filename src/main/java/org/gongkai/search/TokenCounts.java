package org.gongkai.search;

import java.util.Arrays;

/**
 * The distinct tokens of one document with how often each occurs and whether it occurs in the title: an
 * open-addressing table of primitive ints, cleared and reused for the next document (no boxing, no allocation per
 * token).
 */
final class TokenCounts {

    /** Weights keep 11 bits of count and one bit for "in the title". */
    static final int MAX_COUNT = 2047;

    private int[] keys = new int[4096];
    private int[] counts = new int[4096];
    private int[] used = new int[2048];
    private int size;
    /** Single characters, counted by their code directly: half of all tokens, without hashing. */
    private final int[] charCounts = new int[65536];
    private char[] chars = new char[1024];
    private int charSize;
    private boolean inTitle;
    /** The text being scanned, copied here by {@link Tokens}. */
    private char[] buffer = new char[4096];

    void titleMode(boolean title) {
        this.inTitle = title;
    }

    /** A pair of characters ({@link Tokens#pair}). */
    void pair(int key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            int count = counts[slot];
            if (count == 0) {
                keys[slot] = key;
                counts[slot] = inTitle ? 3 : 2;
                if (size == used.length) {
                    used = Arrays.copyOf(used, size * 2);
                }
                used[size++] = slot;
                if (size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (keys[slot] == key) {
                // count in the upper bits, the title flag in bit 0
                if ((count >>> 1) < MAX_COUNT) {
                    count += 2;
                }
                counts[slot] = inTitle ? count | 1 : count;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A single character. */
    void single(char c) {
        int count = charCounts[c];
        if (count == 0) {
            if (charSize == chars.length) {
                chars = Arrays.copyOf(chars, charSize * 2);
            }
            chars[charSize++] = c;
            charCounts[c] = inTitle ? 3 : 2;
            return;
        }
        if ((count >>> 1) < MAX_COUNT) {
            count += 2;
        }
        charCounts[c] = inTitle ? count | 1 : count;
    }

    /** A buffer of at least {@code length} characters, reused from text to text. */
    char[] buffer(int length) {
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        return buffer;
    }

    /** How many distinct tokens: pairs, then single characters, each in order of first appearance. */
    int size() {
        return size + charSize;
    }

    /** Token i's key: pairs first, then single characters. */
    int key(int i) {
        return i < size ? keys[used[i]] : chars[i - size];
    }

    /** Token i's weight: count × 2, plus 1 when it is in the title. */
    int weight(int i) {
        return i < size ? counts[used[i]] : charCounts[chars[i - size]];
    }

    /** How many pairs: tokens 0 to pairs() - 1 are pairs, the rest single characters. */
    int pairs() {
        return size;
    }

    /** Pair i's key and weight (count × 2, plus 1 when it is in the title), for i below {@link #pairs()}. */
    int pairKey(int i) {
        return keys[used[i]];
    }

    int pairWeight(int i) {
        return counts[used[i]];
    }

    /** Single character i's character and weight, for i below {@code size() - pairs()}. */
    char singleChar(int i) {
        return chars[i];
    }

    int singleWeight(int i) {
        return charCounts[chars[i]];
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            counts[used[i]] = 0;
        }
        for (int i = 0; i < charSize; i++) {
            charCounts[chars[i]] = 0;
        }
        size = 0;
        charSize = 0;
        inTitle = false;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ h >>> 16;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        int[] oldUsed = Arrays.copyOf(used, size);
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldUsed.length; i++) {
            int from = oldUsed[i];
            int slot = mix(oldKeys[from]) & mask;
            while (counts[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[from];
            counts[slot] = oldCounts[from];
            used[i] = slot;
        }
    }
}
