package org.gongkai.problem;

import java.util.Objects;

/**
 * Where a problem is: a path relative to the site root, a 1-based line (0 when the whole file is meant)
 * and a 1-based column counted in characters (0 when unknown).
 */
public record SourcePosition(String file, int line, int column) implements java.io.Serializable {

    public SourcePosition {
        Objects.requireNonNull(file, "file must not be null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    public static SourcePosition of(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** {@code path:line[:column]}, or just the path when no line is known. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
