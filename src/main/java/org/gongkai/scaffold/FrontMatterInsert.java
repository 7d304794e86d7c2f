package org.gongkai.scaffold;

import java.nio.charset.Charset;
import java.util.Optional;

import org.gongkai.load.text.TextEncoding;

/**
 * Inserts one line into a Markdown file's front matter (or fills the line of its key when that has no value) and
 * keeps every other byte: the BOM, the line ends (the new
 * line ends as the line before it does), the encoding (UTF-8 or GBK, as the loader reads it).
 *
 * @param bytes the file with the line inserted
 * @param line the 1-based file line the inserted line is on
 */
record FrontMatterInsert(byte[] bytes, int line) {

    /** What follows a key that has no value: nothing, or empty quotes, then perhaps a comment. */
    private static final java.util.regex.Pattern NO_VALUE = java.util.regex.Pattern.compile("\\s*(?:\"\"|'')?\\s*(?:#.*)?");

    /** After the {@code title:} line (and any continuation of it), else after the opening {@code ---}; empty without front matter. */
    static Optional<FrontMatterInsert> after(byte[] original, String newLine) {
        Optional<TextEncoding.Detected> encoding = TextEncoding.utf8OrGbk(original);
        if (encoding.isEmpty()) {
            return Optional.empty();
        }
        Charset charset = encoding.get().charset();
        int start = encoding.get().skip();
        // line boundaries in bytes: \n, \r\n and a lone \r end a line, as the loader counts them
        java.util.List<int[]> lines = new java.util.ArrayList<>(); // {start, end of text, end with terminator}
        int i = start;
        while (i < original.length) {
            int s = i;
            while (i < original.length && original[i] != '\n' && original[i] != '\r') {
                i++;
            }
            int textEnd = i;
            if (i < original.length && original[i] == '\r') {
                i++;
            }
            if (i < original.length && original[i] == '\n' && (i == textEnd || original[i - 1] == '\r')) {
                i++;
            }
            lines.add(new int[] {s, textEnd, i});
        }
        if (lines.isEmpty() || !text(original, lines.get(0), charset).strip().equals("---")) {
            return Optional.empty();
        }
        int close = -1;
        for (int n = 1; n < lines.size(); n++) {
            if (text(original, lines.get(n), charset).stripTrailing().equals("---")) {
                close = n;
                break;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        // a key already there without a value (`index: ""  # …`, as `gongkai import` writes it) is filled in place:
        // a second line of the same key would be an error
        String key = newLine.substring(0, newLine.indexOf(':') + 1);
        for (int n = 1; n < close; n++) {
            String text = text(original, lines.get(n), charset);
            if (text.startsWith(key) && NO_VALUE.matcher(text.substring(key.length())).matches()) {
                int[] at = lines.get(n);
                byte[] replaced = newLine.getBytes(charset);
                byte[] out = new byte[original.length - (at[1] - at[0]) + replaced.length];
                System.arraycopy(original, 0, out, 0, at[0]);
                System.arraycopy(replaced, 0, out, at[0], replaced.length);
                System.arraycopy(original, at[1], out, at[0] + replaced.length, original.length - at[1]);
                return Optional.of(new FrontMatterInsert(out, n + 1));
            }
        }
        int anchor = 0;
        for (int n = 1; n < close; n++) {
            if (text(original, lines.get(n), charset).startsWith("title:")) {
                anchor = n;
                while (anchor + 1 < close && startsIndented(text(original, lines.get(anchor + 1), charset))) {
                    anchor++;
                }
                break;
            }
        }
        int[] at = lines.get(anchor);
        byte[] terminator = java.util.Arrays.copyOfRange(original, at[1], at[2]);
        byte[] inserted = newLine.getBytes(charset);
        byte[] out = new byte[original.length + inserted.length + terminator.length];
        System.arraycopy(original, 0, out, 0, at[2]);
        System.arraycopy(inserted, 0, out, at[2], inserted.length);
        System.arraycopy(terminator, 0, out, at[2] + inserted.length, terminator.length);
        System.arraycopy(original, at[2], out, at[2] + inserted.length + terminator.length, original.length - at[2]);
        return Optional.of(new FrontMatterInsert(out, anchor + 2));
    }

    private static String text(byte[] bytes, int[] line, Charset charset) {
        return new String(bytes, line[0], line[1] - line[0], charset);
    }

    private static boolean startsIndented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }
}
