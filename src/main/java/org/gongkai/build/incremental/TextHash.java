package org.gongkai.build.incremental;

/**
 * A 128-bit hash of text, taken over its characters as they are (no encoding, no copy): the reports' bodies are
 * hashed on every build, and SHA-256 over their UTF-8 bytes cost a clean 10k build about half a second of CPU. Not a
 * cryptographic hash: it tells an edited report from an unchanged one, which is all the cache asks.
 */
final class TextHash {

    private long a = 0x9E3779B97F4A7C15L;
    private long b = 0xC2B2AE3D27D4EB4FL;
    private long length;

    TextHash add(String text) {
        long x = a;
        long y = b;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            x = (x ^ c) * 0x100000001B3L;
            y = (y + c) * 0xFF51AFD7ED558CCDL;
            y ^= y >>> 29;
        }
        a = x;
        b = y;
        length += text.length();
        // a separator, so that ("ab", "c") and ("a", "bc") differ
        a = (a ^ 0x1F) * 0x100000001B3L;
        b = (b + length) * 0xC4CEB9FE1A85EC53L;
        return this;
    }

    /** A number: eight characters' worth, so no separator is needed. */
    TextHash add(long value) {
        a = (a ^ value) * 0x100000001B3L;
        long y = (b + value) * 0xFF51AFD7ED558CCDL;
        b = y ^ (y >>> 29);
        length += 8;
        return this;
    }

    String hex() {
        return String.format("%016x%016x", high(), low());
    }

    /** The hash's first 64 bits. */
    long high() {
        return mix(a ^ length);
    }

    /** Its other 64 bits. */
    long low() {
        return mix(b);
    }

    /** MurmurHash3's finaliser: every bit of the input reaches every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
