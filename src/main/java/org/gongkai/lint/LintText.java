package org.gongkai.lint;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.problem.SourcePosition;

/**
 * A stretch of a source file as the rules read it: the text as written, and the same text with everything that
 * is not prose (Markdown syntax, code, links' addresses, URLs, YAML keys and comments) blanked out with spaces,
 * so offsets, lines and columns stay those of the file.
 */
final class LintText {

    private final String file;
    private final String original;
    private final String masked;
    private final int firstLine;
    private final int[] lineStarts;
    /** Where each character of the masked text is, built on first use; one text is read by one thread. */
    private CharIndex index;

    LintText(String file, String original, String masked, int firstLine) {
        if (original.length() != masked.length()) {
            throw new IllegalArgumentException("masked text must keep the length of the original");
        }
        this.file = file;
        this.original = original;
        this.masked = masked;
        this.firstLine = firstLine;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static LintText empty(String file) {
        return new LintText(file, "", "", 1);
    }

    String file() {
        return file;
    }

    String original() {
        return original;
    }

    String masked() {
        return masked;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Where each character of the masked text is. */
    CharIndex index() {
        if (index == null) {
            index = new CharIndex(masked);
        }
        return index;
    }

    /** The file line of an offset. */
    int lineOf(int offset) {
        return firstLine + lineIndex(offset);
    }

    /** Where an offset is in the file: line, and column counted in characters (code points), both 1-based. */
    SourcePosition position(int offset) {
        int index = lineIndex(offset);
        int start = lineStarts[index];
        int column = original.codePointCount(start, Math.min(offset, original.length())) + 1;
        return SourcePosition.of(file, firstLine + index, column);
    }

    /** Offsets of line {@code index} (0-based within this text), without its line break. */
    int lineStart(int index) {
        return lineStarts[index];
    }

    int lineEnd(int index) {
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
