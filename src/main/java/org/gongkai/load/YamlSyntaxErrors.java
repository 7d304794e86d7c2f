package org.gongkai.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

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
    private static final Pattern FOUND = Pattern.compile("^expected <block end>, but found '([^<'][^']*)'");

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
            return lines.error(line, index, Text.of("load.yaml.tab.indent"), Text.of("load.yaml.tab.indent.hint"));
        }
        Matcher key = KEY.matcher(text);
        if (key.find() && text.startsWith(":", key.end()) && text.substring(key.end() + 1, index).isBlank()) {
            return lines.error(line, index, Text.of("load.yaml.tab.afterKey", key.group(2)),
                    Text.of("load.yaml.tab.afterKey.hint", key.group(2)));
        }
        return lines.error(line, index, Text.of("load.yaml.tab"), Text.of("load.yaml.tab.hint"));
    }

    /** The mistakes only the parser's account shows, at the place it names. */
    private Problem fromParser(ParserError e) {
        String problem = e.problem();
        String context = e.context();
        if (context.contains("quoted scalar") && problem.contains("end of stream") && e.contextLine() >= 0) {
            int at = lines.index(e.contextLine(), e.contextColumn());
            char quote = at < lines.text(e.contextLine()).length() ? lines.text(e.contextLine()).charAt(at) : '"';
            return lines.error(e.contextLine(), at, Text.of("load.yaml.quote.open", quote), Text.of("load.yaml.quote.open.hint", quote));
        }
        if (context.contains("flow sequence") && problem.startsWith("expected ',' or ']'") && e.contextLine() >= 0) {
            return lines.error(e.contextLine(), lines.index(e.contextLine(), e.contextColumn()),
                    Text.of("load.yaml.list.open"), Text.of("load.yaml.list.open.hint"));
        }
        if (context.contains("simple key") && problem.contains("could not find expected ':'") && e.contextLine() >= 0) {
            return lines.error(e.contextLine(), lines.index(e.contextLine(), e.contextColumn()), Text.of("load.yaml.notKeyValue"),
                    Text.of("load.yaml.notKeyValue.hint"));
        }
        if (context.contains("flow mapping") && problem.startsWith("expected ',' or '}'") && e.contextLine() >= 0) {
            return lines.error(e.contextLine(), lines.index(e.contextLine(), e.contextColumn()),
                    Text.of("load.yaml.mapping.open"), Text.of("load.yaml.mapping.open.hint"));
        }
        if (e.line() < 0) {
            return Problem.error(SourcePosition.of(lines.file(), lines.firstLine()), Text.of("load.yaml.invalid", problem),
                    Text.of("load.yaml.invalid.hint"));
        }
        int at = lines.index(e.line(), e.column());
        String text = lines.text(e.line());
        if (problem.startsWith("mapping values are not allowed")) {
            Matcher key = KEY.matcher(text);
            if (key.find() && key.end() == at) {
                return lines.error(e.line(), key.start(2), Text.of("load.yaml.indentedUnderValue", key.group(2)),
                        Text.of("load.yaml.indentedUnderValue.hint", key.group(2)));
            }
            return colonInValue(e.line(), at, text);
        }
        if (problem.startsWith("found unknown escape character") && at > 0) {
            String escape = text.substring(at - 1, Math.min(text.length(), at + 1));
            return lines.error(e.line(), at - 1, Text.of("load.yaml.escape", escape), Text.of("load.yaml.escape.hint"));
        }
        if (problem.startsWith("sequence entries are not allowed")) {
            return lines.error(e.line(), at, Text.of("load.yaml.listHere"), Text.of("load.yaml.listHere.hint"));
        }
        Matcher found = FOUND.matcher(problem);
        if (found.find()) {
            return lines.error(e.line(), at, Text.of("load.yaml.misplaced", found.group(1)), Text.of("load.yaml.misplaced.hint"));
        }
        Matcher start = CANNOT_START.matcher(problem);
        if (start.find()) {
            return lines.error(e.line(), at, Text.of("load.yaml.cannotStart", start.group(1)),
                    Text.of("load.yaml.cannotStart.hint", start.group(1)));
        }
        // the parser's own words (English), quoted as its words: they are all there is to say
        Text invalid = context.isEmpty() ? Text.of("load.yaml.invalid", problem) : Text.of("load.yaml.invalid.context", problem, context);
        return lines.error(e.line(), at, invalid, Text.of("load.yaml.invalid.hint"));
    }

    private Problem colonInValue(int line, int at, String text) {
        Matcher key = KEY.matcher(text);
        if (key.find() && text.startsWith(": ", key.end())) {
            String value = text.substring(key.end() + 2).strip().replace("\"", "\\\"");
            return lines.error(line, at, Text.of("load.yaml.colonInValue.key", key.group(2)),
                    Text.of("load.yaml.colonInValue.key.hint", key.group(2), value));
        }
        return lines.error(line, at, Text.of("load.yaml.colonInValue"), Text.of("load.yaml.colonInValue.hint"));
    }
}
