package org.gongkai.lint.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.FrontMatterLines;

/**
 * The prose in a report's front matter (title, summary, department, tags) with everything else blanked:
 * keys, other values, quotes, list syntax, and comments. Findings never come from YAML comments.
 */
final class FrontMatterText {

    static final Set<String> PROSE_KEYS = Set.of("title", "summary", "department", "tags");

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(?=\\s|$)");

    private FrontMatterText() {
    }

    static LintText read(String file, FrontMatterLines frontMatter, IndexedChars indexed) {
        String yaml = frontMatter.yaml();
        char[] masked = yaml.toCharArray();
        String currentKey = "";
        int lineStart = 0;
        while (lineStart <= yaml.length()) {
            int lineEnd = yaml.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = yaml.length();
            }
            String line = yaml.substring(lineStart, lineEnd);
            Matcher key = KEY.matcher(line);
            int valueStart;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                Chars.blank(masked, lineStart, lineEnd);
                valueStart = -1;
            } else if (key.find()) {
                currentKey = key.group(1);
                valueStart = key.end();
            } else if (Character.isWhitespace(line.charAt(0)) || line.startsWith("-")) {
                valueStart = 0; // a continuation of the current key's value
            } else {
                valueStart = -1;
            }
            if (valueStart < 0 || !PROSE_KEYS.contains(currentKey)) {
                Chars.blank(masked, lineStart, lineEnd);
            } else {
                Chars.blank(masked, lineStart, lineStart + valueStart);
                blankSyntax(line, valueStart, masked, lineStart);
            }
            lineStart = lineEnd + 1;
        }
        return new LintText(file, yaml, new String(masked), frontMatter.firstLine(), indexed);
    }

    /** Blanks quotes, list brackets and separators, and a trailing comment of an unquoted value. */
    private static void blankSyntax(String line, int from, char[] masked, int offset) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !inSingle) {
                inDouble = !inDouble;
                masked[offset + i] = ' ';
            } else if (c == '\'' && !inDouble) {
                inSingle = !inSingle;
                masked[offset + i] = ' ';
            } else if (!inDouble && !inSingle) {
                if (c == '#' && (i == from || Character.isWhitespace(line.charAt(i - 1)))) {
                    Chars.blank(masked, offset + i, offset + line.length());
                    return;
                }
                if (c == '[' || c == ']' || c == ',' || c == '>' || c == '|'
                        || c == '-' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')
                        && line.substring(from, i).isBlank()) {
                    masked[offset + i] = ' ';
                }
            }
        }
    }
}
