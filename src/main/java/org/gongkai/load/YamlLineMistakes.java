package org.gongkai.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Problem;

/**
 * The YAML mistakes staff make that show on the line itself: a missing space after a key's colon (title:"…"), a
 * full-width colon (title：…), a quote that starts a value and is not closed on its line, or closes early because
 * the text has quotes of its own. The parser reports these where it gives up, often lines later.
 */
final class YamlLineMistakes {

    /** Where a line's key is: the indent (and "- ") before it, then the key. */
    static final Pattern KEY = Pattern.compile("^([ \\t]*(?:-[ \\t]+)?)([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern LEAD = Pattern.compile("^[ \\t]*(?:-[ \\t]+)?");
    /** A key whose value is a block of lines ({@code summary: |}): those lines are text, not keys. */
    private static final Pattern BLOCK_SCALAR = Pattern.compile(":[ \\t]+[|>][0-9+-]*[ \\t]*(#.*)?$");

    private final YamlLines lines;

    YamlLineMistakes(YamlLines lines) {
        this.lines = lines;
    }

    /** The first mistake on lines 0 to {@code last}, leaving out the text lines of block values. */
    Optional<Problem> first(int last) {
        int blockIndent = -1;
        for (int line = 0; line <= last; line++) {
            String text = lines.text(line);
            int indent = text.length() - text.stripLeading().length();
            if (blockIndent >= 0 && (text.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = BLOCK_SCALAR.matcher(text).find() ? indent : -1;
            Optional<Problem> mistake = lineMistake(line);
            if (mistake.isPresent()) {
                return mistake;
            }
        }
        return Optional.empty();
    }

    /** The mistakes that show on the line itself: the colon after a key, a quote that starts a value. */
    private Optional<Problem> lineMistake(int line) {
        String text = lines.text(line);
        Matcher key = KEY.matcher(text);
        if (!key.find()) {
            Matcher lead = LEAD.matcher(text);
            return quoted(line, text, lead.find() ? lead.end() : 0, "");
        }
        String name = key.group(2);
        int after = key.end();
        int colon = after;
        while (colon < text.length() && text.charAt(colon) == ' ') {
            colon++;
        }
        if (colon < text.length() && text.charAt(colon) == '：') {
            return Optional.of(lines.error(line, colon, "`" + name + "` is followed by a full-width colon 「：」",
                    "type the colon in English (half-width) mode, then a space: " + name + ": " + rest(text, colon + 1)));
        }
        if (after >= text.length() || text.charAt(after) != ':') {
            return Optional.empty();
        }
        boolean spaced = after + 1 >= text.length() || Character.isWhitespace(text.charAt(after + 1));
        if (!spaced && !text.startsWith("//", after + 1)) {
            return Optional.of(lines.error(line, after, "there is no space after the colon of `" + name + "`",
                    "write a space after the colon: " + name + ": " + rest(text, after + 1)));
        }
        int value = after + 1;
        while (value < text.length() && text.charAt(value) == ' ') {
            value++;
        }
        return quoted(line, text, value, name);
    }

    /** A value that starts with a quote at {@code start}: not closed on its line, or text after its closing quote. */
    private Optional<Problem> quoted(int line, String text, int start, String key) {
        if (start >= text.length() || (text.charAt(start) != '"' && text.charAt(start) != '\'')) {
            return Optional.empty();
        }
        char quote = text.charAt(start);
        int close = closingQuote(text, start);
        String which = key.isEmpty() ? "a value" : "the value of `" + key + "`";
        String example = key.isEmpty() ? quote + "…" + quote : key + ": " + quote + "…" + quote;
        if (close < 0) {
            return Optional.of(lines.error(line, start, "the quote 「" + quote + "」 that starts " + which + " is not closed on its line",
                    "end the value with " + quote + " on the same line: " + example));
        }
        String after = text.substring(close + 1).strip();
        if (!after.isEmpty() && !after.startsWith("#")) {
            return Optional.of(lines.error(line, close, which + " goes on after its closing quote",
                    "use Chinese quotes inside the text" + innerQuotesFixed(text, start, key)
                            + ", or write each quote inside as \\" + quote));
        }
        return Optional.empty();
    }

    /** {@code title: "关于“两免一补”的通知"} for {@code title: "关于"两免一补"的通知"}, or nothing when that is not the case. */
    private static String innerQuotesFixed(String text, int open, String key) {
        char quote = text.charAt(open);
        int last = text.stripTrailing().length() - 1;
        if (key.isEmpty() || quote != '"' || last <= open || text.charAt(last) != quote) {
            return "";
        }
        StringBuilder fixed = new StringBuilder();
        boolean opening = true;
        for (char c : text.substring(open + 1, last).toCharArray()) {
            fixed.append(c == quote ? (opening ? '“' : '”') : c);
            opening = c == quote ? !opening : opening;
        }
        return ": " + key + ": \"" + fixed + "\"";
    }

    /** The index of the quote that closes the one at {@code open}, or -1; {@code \"} and {@code ''} are escapes. */
    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String rest(String text, int from) {
        String rest = text.substring(Math.min(text.length(), from)).strip();
        return rest.isEmpty() ? "…" : rest;
    }
}
