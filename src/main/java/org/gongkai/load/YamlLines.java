package org.gongkai.load;

import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;

/** The lines of a YAML text and where they are in their file, for problems at a character of a line. */
record YamlLines(String[] lines, String file, int firstLine) {

    static YamlLines of(String yaml, String file, int firstLine) {
        return new YamlLines(yaml.split("\n", -1), file, firstLine);
    }

    int count() {
        return lines.length;
    }

    /** Line {@code line} (0-based) of the YAML, or "" past its end. */
    String text(int line) {
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** The char index in {@code line} of a column counted in code points (0-based), as the parser counts them. */
    int index(int line, int column) {
        String text = text(line);
        int columns = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(column, columns)));
    }

    /** A problem at a char index of a line of the YAML: the file's line, and a 1-based column in characters. */
    Problem error(int line, int index, String message, String hint) {
        String text = text(line);
        int column = text.codePointCount(0, Math.min(index, text.length())) + 1;
        return Problem.error(SourcePosition.of(file, line + firstLine, column), message, hint);
    }
}
