package org.gongkai.search;

/**
 * The compact text the index files hold, readable by a few lines of script: numbers as base-32 digits, the last digit
 * from {@link #LAST}, the others from {@link #MORE} (so a gap between documents below 32 takes one byte), and strings
 * as JSON. Tokens are written as their own one or two characters after {@code .} or {@code :}.
 */
final class Codec {

    static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private Codec() {
    }

    /** Reads the number at {@code at[0]} and moves it on: the inverse of {@link ByteOut#number}, for tests. */
    static int readNumber(CharSequence in, int[] at) {
        int value = 0;
        while (true) {
            char c = in.charAt(at[0]++);
            int last = LAST.indexOf(c);
            if (last >= 0) {
                return value << 5 | last;
            }
            value = value << 5 | MORE.indexOf(c);
        }
    }

    /** A JSON string; also safe in a script file (U+2028 and U+2029 escaped). */
    static void string(String value, StringBuilder out) {
        out.append('"');
        // the runs between characters to escape appended whole: most strings have none
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029'
                    && (!Character.isSurrogate(c) || validSurrogate(value, i))) {
                continue;
            }
            out.append(value, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(value, from, value.length()).append('"');
    }

    /**
     * Reads the string that {@link #string} wrote at {@code at[0]} and moves past it; null when there is none there
     * (a damaged file).
     */
    static String readString(CharSequence in, int[] at) {
        if (at[0] >= in.length() || in.charAt(at[0]) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = at[0] + 1; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '"') {
                at[0] = i + 1;
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= in.length()) {
                return null;
            }
            switch (in.charAt(i)) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 >= in.length()) {
                        return null;
                    }
                    try {
                        out.append((char) Integer.parseInt(in.subSequence(i + 1, i + 5).toString(), 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
