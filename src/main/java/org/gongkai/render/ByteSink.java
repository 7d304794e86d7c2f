package org.gongkai.render;

import java.util.Arrays;

/**
 * A growable byte array that encodes text as UTF-8 as it is appended, so the CSV and .xlsx downloads are built
 * without a String per cell or per row. Not thread-safe: one per file being written.
 */
public final class ByteSink {

    private byte[] bytes;
    private int size;

    public ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    public int size() {
        return size;
    }

    /** The bytes written so far; only the first {@link #size()} are valid. */
    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    public void reset() {
        size = 0;
    }

    public ByteSink append(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    public ByteSink append(byte[] b) {
        return append(b, 0, b.length);
    }

    public ByteSink append(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, bytes, size, length);
        size += length;
        return this;
    }

    /** Text known to be ASCII (markup, numbers): one byte per char. */
    public ByteSink ascii(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    public ByteSink decimal(int value) {
        if (value == Integer.MIN_VALUE) {
            return ascii("-2147483648");
        }
        if (value < 0) {
            append((byte) '-');
            value = -value;
        }
        if (value < 10) {
            return append((byte) ('0' + value));
        }
        int length = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            length++;
        }
        ensure(length);
        size += length;
        for (int at = size - 1; value > 0; value /= 10) {
            bytes[at--] = (byte) ('0' + value % 10);
        }
        return this;
    }

    /** Any text as UTF-8; a lone surrogate becomes {@code ?}, as {@link String#getBytes} does. */
    public ByteSink utf8(String text) {
        return utf8(text, 0, text.length());
    }

    public ByteSink utf8(String text, int from, int to) {
        ensure((to - from) * 3);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int cp = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                        ? Character.toCodePoint(c, text.charAt(++i)) : '?';
                if (cp == '?') {
                    bytes[size++] = '?';
                } else { // four bytes for the pair, where three were reserved for each of its two chars
                    bytes[size++] = (byte) (0xF0 | cp >> 18);
                    bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | cp & 0x3F);
                }
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
