package org.gongkai.lint.text;

import org.gongkai.markdown.CjkText;

/** Character classes the rules share. */
public final class Chars {

    private Chars() {
    }

    public static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false; // the first Han character is U+2E80; most text is below it or in the main block
        }
        if (cp >= 0x4E00 && cp <= 0x9FFC) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Han characters, full-width punctuation and the punctuation that only Chinese text uses (“” ‘’ — … ·). */
    public static boolean isChinese(int cp) {
        return CjkText.isWide(cp) || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…'
                || cp == '·';
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** What {@code \\s} matches in an expression. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The code point before {@code offset}, or -1 at the start. */
    public static int before(String text, int offset) {
        return offset <= 0 ? -1 : text.codePointBefore(offset);
    }

    /** The code point at {@code offset}, or -1 at the end. */
    public static int at(String text, int offset) {
        return offset >= text.length() ? -1 : text.codePointAt(offset);
    }

    /** The nearest code point before {@code offset} that is not a space on the same line, or -1. */
    public static int nonSpaceBefore(String text, int offset) {
        int i = offset;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (cp == '\n') {
                return -1;
            }
            if (cp != ' ' && cp != '\t' && cp != '\u3000') {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /** The nearest code point from {@code offset} on that is not a space on the same line, or -1. */
    public static int nonSpaceAt(String text, int offset) {
        int i = offset;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                return -1;
            }
            if (cp != ' ' && cp != '\t' && cp != '\u3000') {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * A lookup table of {@code chars} by character: scans that test every character of a text against a set use it
     * instead of a string search (which costs a call per character in C1-compiled code).
     */
    public static boolean[] table(String chars) {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    /** Spaces over {@code masked[start, end)}, line breaks kept: what is not prose, blanked so offsets stay. */
    public static void blank(char[] masked, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, masked.length); i++) {
            if (masked[i] != '\n') {
                masked[i] = ' ';
            }
        }
    }
}
