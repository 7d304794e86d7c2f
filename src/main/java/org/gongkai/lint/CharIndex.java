package org.gongkai.lint;

import java.util.Arrays;

/**
 * Where each character of a text is, in one pass without boxing: for every distinct character the offset of its
 * first occurrence, and for every offset the next occurrence of the same character. {@link Anchored} patterns
 * start only at these offsets.
 */
final class CharIndex {

    private final char[] keys;
    private final int[] firsts;
    private final int[] next;
    private final int mask;

    CharIndex(char[] chars) {
        int size = Integer.highestOneBit(Math.max(16, Math.min(chars.length, 1 << 15)) * 2);
        keys = new char[size];
        firsts = new int[size];
        Arrays.fill(firsts, -1);
        mask = size - 1;
        next = new int[chars.length];
        for (int i = chars.length - 1; i >= 0; i--) {
            char c = chars[i];
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
        int slot = slot(c);
        return firsts[slot] < 0 ? -1 : firsts[slot];
    }

    /** The next offset of the character at {@code offset}, or -1. */
    int next(int offset) {
        return next[offset];
    }

    private int slot(char c) {
        int slot = (c * 0x9E3779B1) >>> 17 & mask;
        while (firsts[slot] >= 0 && keys[slot] != c) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
