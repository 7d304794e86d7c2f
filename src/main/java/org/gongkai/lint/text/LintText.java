package org.gongkai.lint.text;

import org.gongkai.problem.SourcePosition;

/**
 * A stretch of a source file as the rules read it: the text as written, and the same text with everything that
 * is not prose (Markdown syntax, code, links' addresses, URLs, YAML keys and comments) blanked out with spaces,
 * so offsets, lines and columns stay those of the file.
 */
public final class LintText {

    private final String file;
    private final String original;
    private final String masked;
    private final int firstLine;
    private final int[] lineStarts;
    private final IndexedChars indexed;
    /** Where each character of the masked text is, built on first use; one text is read by one thread. */
    private CharIndex index;
    private char[] chars;
    /** What several rules work out from this text, worked out once (see {@link #memo}). */
    private final java.util.Map<String, Object> memos = new java.util.HashMap<>(4);

    /** A text no anchored pattern is tried on: its index, if asked for, keeps no chains. */
    public LintText(String file, String original, String masked, int firstLine) {
        this(file, original, masked, firstLine, IndexedChars.NONE);
    }

    /** @param indexed the characters {@link #index()} keeps chains for: the first characters of the rules' anchors */
    public LintText(String file, String original, String masked, int firstLine, IndexedChars indexed) {
        if (original.length() != masked.length()) {
            throw new IllegalArgumentException("masked text must keep the length of the original");
        }
        this.file = file;
        this.original = original;
        this.masked = masked;
        this.firstLine = firstLine;
        this.lineStarts = lineStarts(original);
        this.indexed = indexed;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[k++] = i + 1;
        }
        return starts;
    }

    public static LintText empty(String file) {
        return new LintText(file, "", "", 1);
    }

    String file() {
        return file;
    }

    public String original() {
        return original;
    }

    public String masked() {
        return masked;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The masked text as an array, made on first use (rules walk it; charAt is slow in C1-compiled code). */
    public char[] chars() {
        if (chars == null) {
            chars = masked.toCharArray();
        }
        return chars;
    }

    /** Where each character of the masked text is. */
    CharIndex index() {
        if (index == null) {
            index = new CharIndex(chars(), indexed);
        }
        return index;
    }

    /**
     * The first offset in {@code [from, to)} of the masked text where one of {@code words} starts and ends by
     * {@code to}, or -1: what {@code Pattern.compile("w1|w2|…").matcher(masked).region(from, to).find()} finds. A
     * walk over the range: callers search paragraphs and clauses, which are short (following {@link #index()}'s
     * chains from the text's start cost more there).
     */
    int indexOfAny(int from, int to, WordSet words) {
        return words.indexIn(masked, chars(), from, to);
    }

    /** {@code work}'s result, worked out on the first call with this key and kept with the text. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> work) {
        Object value = memos.get(key);
        if (value == null) {
            value = work.get();
            memos.put(key, value);
        }
        return (T) value;
    }

    /** The file line of an offset. */
    public int lineOf(int offset) {
        return firstLine + lineIndex(offset);
    }

    /** Where an offset is in the file: line, and column counted in characters (code points), both 1-based. */
    public SourcePosition position(int offset) {
        int index = lineIndex(offset);
        int start = lineStarts[index];
        int column = original.codePointCount(start, Math.min(offset, original.length())) + 1;
        return SourcePosition.of(file, firstLine + index, column);
    }

    /** Offsets of line {@code index} (0-based within this text), without its line break. */
    public int lineStart(int index) {
        return lineStarts[index];
    }

    public int lineEnd(int index) {
        return index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : original.length();
    }

    private int lineIndex(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
