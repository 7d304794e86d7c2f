package org.gongkai.lint.text;


import java.util.Arrays;

/**
 * Where each character of a text is, in one pass without boxing: for every distinct character the offset of its
 * first occurrence, and for every offset the next occurrence of the same character. {@link Anchored} patterns
 * start only at these offsets.
 *
 * <p>Only the characters of a table (the first characters of the rules' anchors, {@link IndexedChars}) are
 * indexed: building chains for every character of every text was the largest fixed cost of the rules. Other
 * characters are found by a scan, so the answers are the same for any character.
 */
final class CharIndex {

    private final char[] chars;
    private final boolean[] indexed;
    private final char[] keys;
    private final int[] firsts;
    private final int[] next;
    private final int mask;

    CharIndex(char[] chars, IndexedChars indexed) {
        this(chars, indexed.table(), indexed.count());
    }

    /** {@code indexed} tells by character which ones to index; {@code kinds} is how many it names. */
    CharIndex(char[] chars, boolean[] indexed, int kinds) {
        this.chars = chars;
        this.indexed = indexed;
        // at most half full: no more keys than the text's length or the characters indexed
        int size = Integer.highestOneBit(Math.max(16, Math.min(chars.length, Math.min(kinds, 1 << 15))) * 2);
        keys = new char[size];
        firsts = new int[size];
        Arrays.fill(firsts, -1);
        mask = size - 1;
        next = new int[chars.length];
        for (int i = chars.length - 1; i >= 0; i--) {
            char c = chars[i];
            if (!indexed[c]) {
                continue;
            }
            int slot = slot(c);
            if (firsts[slot] < 0) {
                keys[slot] = c;
            }
            next[i] = firsts[slot];
            firsts[slot] = i;
        }
    }

    /** The first offset of {@code c}, or -1. */
    int first(char c) {
        if (!indexed[c]) {
            return scan(c, 0);
        }
        int slot = slot(c);
        return firsts[slot] < 0 ? -1 : firsts[slot];
    }

    /** The next offset of the character at {@code offset}, or -1. */
    int next(int offset) {
        char c = chars[offset];
        return indexed[c] ? next[offset] : scan(c, offset + 1);
    }

    private int scan(char c, int from) {
        for (int i = from; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int slot(char c) {
        int slot = (c * 0x9E3779B1) >>> 17 & mask;
        while (firsts[slot] >= 0 && keys[slot] != c) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
