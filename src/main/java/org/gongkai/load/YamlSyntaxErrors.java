package org.gongkai.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;

/**
 * Says what is wrong with YAML that does not parse, at the character to fix. The parser's own account points where
 * it gave up, often a line or more past the mistake (a missing space after a colon surfaces at the next key), and
 * in its terms: the mistakes staff make are looked for in the text first ({@link YamlLineMistakes}), the parser's
 * mark only bounding the search; what is left is said from the parser's account, without its positions.
 */
final class YamlSyntaxErrors {

    /**
     * What the parser said, positions 0-based in lines and code points of the YAML text; -1 when it gave none.
     *
     * @param context what the parser was reading, e.g. "while scanning a quoted scalar"; may be empty
     */
    record ParserError(String problem, String context, int line, int column, int contextLine, int contextColumn) {
    }

    private static final Pattern KEY = YamlLineMistakes.KEY;
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");
    private static final String GENERAL_HINT = "write `key: value`, one per line; put text with a colon followed by a "
            + "space or a leading # inside double quotes, e.g. title: \"…\"";

    private final YamlLines lines;
    private final YamlLineMistakes mistakes;

    YamlSyntaxErrors(String yaml, String file, int firstLine) {
        this.lines = YamlLines.of(yaml, file, firstLine);
        this.mistakes = new YamlLineMistakes(lines);
    }

    Problem describe(ParserError error) {
        if (error.problem().contains("(TAB)") && error.line() >= 0) {
            return tab(error.line(), error.column());
        }
        // the mistake is at or before where the parser gave up
        int last = Math.min(lines.count() - 1, Math.max(error.line(), error.contextLine()));
        return mistakes.first(last).orElseGet(() -> fromParser(error));
    }

    /** For YAML that parsed but is not a mapping, e.g. a single line {@code date:2013-01-01}: the line's mistake. */
    Optional<Problem> mistakeInAnyLine() {
        return mistakes.first(lines.count() - 1);
    }

    private Problem tab(int line, int column) {
        String text = lines.text(line);
        int index = lines.index(line, column);
        if (index >= text.length() || text.charAt(index) != '\t') {
            index = Math.max(0, text.indexOf('\t'));
        }
        if (text.substring(0, index).isBlank()) {
            return lines.error(line, index, "a tab is used for indentation",
                    "indent with spaces: YAML does not allow tabs there (replace the tab with two spaces)");
        }
        Matcher key = KEY.matcher(text);
        if (key.find() && text.startsWith(":", key.end()) && text.substring(key.end() + 1, index).isBlank()) {
            return lines.error(line, index, "a tab separates `" + key.group(2) + "` from its value",
                    "write one space after the colon instead of the tab: " + key.group(2) + ": …");
        }
        return lines.error(line, index, "a tab is not allowed here", "use spaces instead of the tab");
    }

    /** The mistakes only the parser's account shows, at the place it names. */
    private Problem fromParser(ParserError e) {
        String problem = e.problem();
        String context = e.context();
        if (context.contains("quoted scalar") && problem.contains("end of stream") && e.contextLine() >= 0) {
            int at = lines.index(e.contextLine(), e.contextColumn());
            char quote = at < lines.text(e.contextLine()).length() ? lines.text(e.contextLine()).charAt(at) : '"';
            return lines.error(e.contextLine(), at,
                    "the quote 「" + quote + "」 is not closed on its line", "end the text with " + quote + " on the same line");
        }
        if (context.contains("flow sequence") && problem.startsWith("expected ',' or ']'") && e.contextLine() >= 0) {
            return lines.error(e.contextLine(), lines.index(e.contextLine(), e.contextColumn()),
                    "the list that starts with 「[」 is not closed on its line",
                    "end the list with ] on the same line, e.g. tags: [学生资助, 校安工程]");
        }
        if (context.contains("simple key") && problem.contains("could not find expected ':'") && e.contextLine() >= 0) {
            return lines.error(e.contextLine(), lines.index(e.contextLine(), e.contextColumn()), "this line is not `key: value`",
                    "write key: value; text that goes on from the line above must be indented, or put the whole value "
                            + "in double quotes on one line");
        }
        if (e.line() < 0) {
            return Problem.error(SourcePosition.of(lines.file(), lines.firstLine()), "this is not valid YAML: " + problem, GENERAL_HINT);
        }
        int at = lines.index(e.line(), e.column());
        String text = lines.text(e.line());
        if (problem.startsWith("mapping values are not allowed")) {
            Matcher key = KEY.matcher(text);
            if (key.find() && key.end() == at) {
                return lines.error(e.line(), key.start(2), "`" + key.group(2) + "` is indented under a key that already has a value",
                        "start " + key.group(2) + ": at the same column as the keys above it");
            }
            return colonInValue(e.line(), at, text);
        }
        if (problem.startsWith("found unknown escape character") && at > 0) {
            String escape = text.substring(at - 1, Math.min(text.length(), at + 1));
            return lines.error(e.line(), at - 1, "「" + escape + "」 is not allowed inside double quotes",
                    "write paths with / (files/a.pdf), a backslash as \\\\, or put the value in single quotes");
        }
        Matcher start = CANNOT_START.matcher(problem);
        if (start.find()) {
            return lines.error(e.line(), at, "a value cannot start with 「" + start.group(1) + "」",
                    "put the value in double quotes, e.g. \"" + start.group(1) + "…\"");
        }
        String where = context.isEmpty() ? "" : " (" + context + ")";
        return lines.error(e.line(), at, "this is not valid YAML: " + problem + where, GENERAL_HINT);
    }

    private Problem colonInValue(int line, int at, String text) {
        Matcher key = KEY.matcher(text);
        if (key.find() && text.startsWith(": ", key.end())) {
            String value = text.substring(key.end() + 2).strip().replace("\"", "\\\"");
            return lines.error(line, at, "the value of `" + key.group(2) + "` holds a colon followed by a space",
                    "put the value in double quotes: " + key.group(2) + ": \"" + value + "\"");
        }
        return lines.error(line, at, "a colon followed by a space is inside a value", "put the value in double quotes: \"…\"");
    }
}
