package org.gongkai.search;

import java.util.Arrays;

/** A growable UTF-8 byte buffer: the shards are encoded straight into bytes, without a String in between. */
final class ByteOut {

    private static final byte[] LAST = Codec.LAST.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MORE = Codec.MORE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    ByteOut(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    ByteOut ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    ByteOut ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A character of the BMP other than a surrogate, as UTF-8. */
    ByteOut utf8(char c) {
        ensure(3);
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
        return this;
    }

    /** A number in {@link Codec}'s base-32 digits: the last from {@link Codec#LAST}, the others from {@link Codec#MORE}. */
    ByteOut number(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        ensure(7);
        int shift = 0;
        while ((value >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            bytes[size++] = MORE[(value >>> shift) & 31];
        }
        bytes[size++] = LAST[value & 31];
        return this;
    }

    /** How many bytes {@link #number} writes for {@code value}. */
    static int digits(int value) {
        int digits = 1;
        while (digits < 7 && (value >>> (5 * digits)) > 0) {
            digits++;
        }
        return digits;
    }

    ByteOut bytes(byte[] from, int start, int end) {
        ensure(end - start);
        System.arraycopy(from, start, bytes, size, end - start);
        size += end - start;
        return this;
    }

    int size() {
        return size;
    }

    /** The bytes written: the buffer itself when it is exactly full (any later write grows it into a new one). */
    byte[] toBytes() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
