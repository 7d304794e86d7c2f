package org.gongkai.search;

/**
 * What the index and the query script both cut text into: every single character and every pair of neighbouring
 * characters of a run of letters and digits, so that any Chinese word of two or more characters is found without a
 * dictionary. A token is one {@code int}: the first character in the high 16 bits (0 for a single character), the
 * second in the low ones; full-width letters and digits count as ASCII, ASCII letters as lower case.
 * {@code search.js} implements the same rules; {@code SearchScriptParityTest} keeps them together.
 */
final class Tokens {

    private Tokens() {
    }

    /** The character as it is indexed, or 0 when it separates runs (punctuation, space, markup, surrogates). */
    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        if (c < 0x80) {
            return 0;
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return c; // CJK Unified Ideographs: most of the text, all letters (9FFD–9FFF since Unicode 14, as in browsers)
        }
        if (c >= '\u2000' && c <= '\u206F' || c >= '\u3000' && c <= '\u3004' || c >= '\u3007' && c <= '\u3020'
                || c >= '\uFF00' && c <= '\uFF0F') {
            // punctuation without letters or digits (，。、（）“”《》〔〕): most of the rest, decided without Character
            return 0;
        }
        if (c >= '\uFF10' && c <= '\uFF5A') {
            char ascii = (char) (c - 0xFEE0);
            return Character.isLetterOrDigit(ascii) ? fold(ascii) : 0;
        }
        return Character.isLetterOrDigit(c) && !Character.isSurrogate(c) ? c : 0;
    }

    static int pair(char first, char second) {
        return first << 16 | second;
    }

    /** The token's text: one or two characters. */
    static String text(int key) {
        char second = (char) (key & 0xFFFF);
        char first = (char) (key >>> 16);
        return first == 0 ? String.valueOf(second) : new String(new char[] {first, second});
    }

    /** Every token of {@code text}. */
    static void scan(String text, TokenCounts sink) {
        scan(text, false, sink);
    }

    /**
     * Every token of Markdown source: as {@link #scan(String, TokenCounts)}, leaving out link and image addresses
     * ({@code ](…)}) so that URLs do not fill the index. Markup characters are ASCII punctuation and separate runs.
     */
    static void scanMarkdown(String text, TokenCounts sink) {
        scan(text, true, sink);
    }

    private static void scan(String text, boolean markdown, TokenCounts sink) {
        int to = text.length();
        // the characters copied once into the sink's buffer: charAt per character is slow without the C2 compiler
        char[] chars = sink.buffer(to);
        text.getChars(0, to, chars, 0);
        char previous = 0;
        for (int i = 0; i < to; i++) {
            char raw = chars[i];
            if (markdown && raw == '(' && i > 0 && chars[i - 1] == ']') {
                int close = indexOf(chars, ')', i + 1, to);
                if (close > 0) {
                    i = close;
                    previous = 0;
                    continue;
                }
            }
            char c = fold(raw);
            if (c == 0) {
                previous = 0;
                continue;
            }
            sink.single(c);
            if (previous != 0) {
                sink.pair(pair(previous, c));
            }
            previous = c;
        }
    }

    private static int indexOf(char[] text, char wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == wanted) {
                return i;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
