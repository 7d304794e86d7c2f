package org.gongkai.search;

import java.util.Arrays;

/**
 * Many growable byte streams in one pool of large blocks, each stream a chain of slices that double in size: the
 * postings of each token are written here as the shard text holds them, so that memory is about the size of the
 * shards and a shard is written by copying (no per-token arrays, no objects per stream, little garbage). A slice
 * ends in the 4-byte address of the next; addresses are block number and offset in one int.
 */
final class ByteSlices {

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** A stream's slices are 8, 16, … bytes, then stay at this size. */
    private static final int FIRST_BITS = 3;
    private static final int LAST_BITS = 10;
    private static final byte[] LAST = Codec.LAST.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MORE = Codec.MORE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[][] blocks = new byte[16][];
    private int block = -1;
    /** Where the next slice goes in the current block; BLOCK when there is no block yet. */
    private int fill = BLOCK;

    /** Per stream: its first slice, where the next byte goes, where its current slice's data ends, that slice's size. */
    private int[] start = new int[1024];
    private int[] pos = new int[1024];
    private int[] end = new int[1024];
    private byte[] bits = new byte[1024];
    private int streams;

    /** A new, empty stream; returns its number (0, 1, …). */
    int open() {
        if (streams == start.length) {
            int n = streams * 2;
            start = Arrays.copyOf(start, n);
            pos = Arrays.copyOf(pos, n);
            end = Arrays.copyOf(end, n);
            bits = Arrays.copyOf(bits, n);
        }
        int s = streams++;
        int at = slice(FIRST_BITS);
        start[s] = at;
        pos[s] = at;
        end[s] = at + (1 << FIRST_BITS) - 4;
        bits[s] = FIRST_BITS;
        return s;
    }

    /** Appends two numbers, as {@link #number} twice: a posting's gap and weight. */
    void pair(int stream, int first, int second) {
        int p = pos[stream];
        if ((first | second) < 32 && p + 1 < end[stream]) {
            // most postings: two one-digit numbers, with room in the slice
            byte[] b = blocks[p >>> BLOCK_BITS];
            int o = p & (BLOCK - 1);
            b[o] = LAST[first];
            b[o + 1] = LAST[second];
            pos[stream] = p + 2;
            return;
        }
        number(stream, first);
        number(stream, second);
    }

    /** Appends a number in {@link Codec}'s base-32 digits, as {@link ByteOut#number} writes it. */
    void number(int stream, int value) {
        int p = pos[stream];
        if (value < 32 && p < end[stream]) {
            // most gaps and weights: one digit, room in the slice
            blocks[p >>> BLOCK_BITS][p & (BLOCK - 1)] = LAST[value];
            pos[stream] = p + 1;
            return;
        }
        int shift = 0;
        while ((value >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            put(stream, MORE[(value >>> shift) & 31]);
        }
        put(stream, LAST[value & 31]);
    }

    /** How many bytes were written to {@code stream}. */
    int length(int stream) {
        int at = start[stream];
        int size = FIRST_BITS;
        int last = pos[stream];
        int length = 0;
        while (true) {
            int dataEnd = at + (1 << size) - 4;
            if (last >= at && last <= dataEnd) {
                return length + last - at;
            }
            length += dataEnd - at;
            at = next(blocks[at >>> BLOCK_BITS], dataEnd & (BLOCK - 1));
            size = Math.min(size + 1, LAST_BITS);
        }
    }

    /** The bytes written to {@code stream}, in order, appended to {@code out}. */
    void copy(int stream, ByteOut out) {
        int at = start[stream];
        int size = FIRST_BITS;
        int last = pos[stream];
        while (true) {
            int dataEnd = at + (1 << size) - 4;
            byte[] b = blocks[at >>> BLOCK_BITS];
            int from = at & (BLOCK - 1);
            if (last >= at && last <= dataEnd) {
                out.bytes(b, from, from + last - at);
                return;
            }
            out.bytes(b, from, from + dataEnd - at);
            at = next(b, dataEnd & (BLOCK - 1));
            size = Math.min(size + 1, LAST_BITS);
        }
    }

    /**
     * Reads {@code n} pairs of numbers (a gap from the previous document, then a weight) from the start of
     * {@code stream} into {@code into} from {@code at}, each as {@code document << 12 | weight}: the inverse of what
     * {@link Postings} writes.
     */
    void postings(int stream, int n, int[] into, int at) {
        Cursor in = new Cursor(start[stream]);
        int doc = -1;
        for (int i = 0; i < n; i++) {
            doc += in.number() + 1;
            into[at + i] = doc << 12 | in.number();
        }
    }

    /** Reads a stream's bytes across its slices. */
    private final class Cursor {
        private byte[] b;
        private int at;
        private int dataEnd;
        private int size = FIRST_BITS;

        Cursor(int address) {
            enter(address);
        }

        private void enter(int address) {
            b = blocks[address >>> BLOCK_BITS];
            at = address & (BLOCK - 1);
            dataEnd = at + (1 << size) - 4;
        }

        int number() {
            int value = 0;
            while (true) {
                if (at == dataEnd) {
                    size = Math.min(size + 1, LAST_BITS);
                    enter(next(b, at));
                }
                int c = b[at++];
                int last = Codec.LAST.indexOf(c);
                if (last >= 0) {
                    return value << 5 | last;
                }
                value = value << 5 | Codec.MORE.indexOf(c);
            }
        }
    }

    private void put(int stream, byte value) {
        int p = pos[stream];
        if (p == end[stream]) {
            int size = Math.min(bits[stream] + 1, LAST_BITS);
            int at = slice(size);
            byte[] b = blocks[p >>> BLOCK_BITS];
            int o = p & (BLOCK - 1);
            b[o] = (byte) (at >>> 24);
            b[o + 1] = (byte) (at >>> 16);
            b[o + 2] = (byte) (at >>> 8);
            b[o + 3] = (byte) at;
            bits[stream] = (byte) size;
            end[stream] = at + (1 << size) - 4;
            p = at;
        }
        blocks[p >>> BLOCK_BITS][p & (BLOCK - 1)] = value;
        pos[stream] = p + 1;
    }

    private static int next(byte[] b, int o) {
        return (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8 | b[o + 3] & 0xFF;
    }

    /** The address of a new slice of 2^size bytes; a slice never spans two blocks. */
    private int slice(int size) {
        if (fill + (1 << size) > BLOCK) {
            block++;
            if (block == blocks.length) {
                blocks = Arrays.copyOf(blocks, block * 2);
            }
            blocks[block] = new byte[BLOCK];
            fill = 0;
        }
        int at = block << BLOCK_BITS | fill;
        fill += 1 << size;
        return at;
    }
}
