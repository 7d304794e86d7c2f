package org.gongkai.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The YAML that nearly every front matter is, read without a YAML parser: one {@code key: value} a line, the value a
 * plain word, a date, a whole number, a simply quoted text or a one-line list of such. It gives exactly what
 * {@link YamlReader}'s parser gives (values, types, lines and columns; {@code PlainFrontMatterTest} holds it to that
 * on every case it takes), and declines anything else — comments, indented or empty values, escapes, numbers that
 * are not whole, words YAML may read as a boolean or nothing, a key twice — which the parser then reads. The parser
 * took half of the reading of 10,000 reports.
 */
final class PlainFrontMatter {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,17}");
    /** Plain words YAML 1.1 may read as a boolean, as nothing or as one of its special keys: left to the parser. */
    private static final Set<String> KEYWORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
            "=", "<<");
    /** A plain value may not start with these (YAML's indicators) … */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** … and one in a list may not hold these. */
    private static final String FLOW = ",[]{}#:";

    private PlainFrontMatter() {
    }

    /** The mapping, when {@code yaml} is of the plain kind; {@code firstLine} is the file line it starts on. */
    static Optional<YamlValue.Mapping> read(String yaml, int firstLine) {
        Map<String, YamlValue> values = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        int mappingLine = -1;
        int start = 0;
        int lineNumber = firstLine;
        while (start < yaml.length()) {
            int end = yaml.indexOf('\n', start);
            if (end < 0) {
                end = yaml.length();
            }
            if (end > start) {
                int colon = yaml.indexOf(':', start);
                if (colon < 0 || colon >= end || colon + 2 >= end || yaml.charAt(colon + 1) != ' '
                        || !KEY.matcher(yaml).region(start, colon).matches()) {
                    return Optional.empty();
                }
                String key = yaml.substring(start, colon);
                Optional<YamlValue> value = value(yaml, colon + 2, end, lineNumber, colon + 2 - start + 1);
                if (value.isEmpty() || values.containsKey(key)) {
                    return Optional.empty();
                }
                if (mappingLine < 0) {
                    mappingLine = lineNumber;
                }
                values.put(key, value.get());
                keys.put(key, new int[] {lineNumber, 1});
            }
            start = end + 1;
            lineNumber++;
        }
        return mappingLine < 0 ? Optional.empty() : Optional.of(new YamlValue.Mapping(values, keys, mappingLine, 1));
    }

    /** The value in {@code yaml} from {@code from} to {@code to}, which starts at {@code column} of {@code line}. */
    private static Optional<YamlValue> value(String yaml, int from, int to, int line, int column) {
        char first = yaml.charAt(from);
        char last = yaml.charAt(to - 1);
        if (first == '[') {
            return last == ']' ? list(yaml, from + 1, to - 1, line, column) : Optional.empty();
        }
        return scalar(yaml.substring(from, to), line, column, false);
    }

    private static Optional<YamlValue> list(String yaml, int from, int to, int line, int column) {
        List<YamlValue> items = new ArrayList<>();
        int start = from;
        while (start < to) {
            int comma = yaml.indexOf(", ", start);
            int end = comma < 0 || comma > to ? to : comma;
            Optional<YamlValue> item = scalar(yaml.substring(start, end), line, column + start - from + 1, true);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            items.add(item.get());
            start = end + 2;
        }
        return Optional.of(new YamlValue.Sequence(items, line, column));
    }

    private static Optional<YamlValue> scalar(String text, int line, int column, boolean inList) {
        if (text.isEmpty() || text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if (first == '"' || first == '\'') {
            String inner = text.substring(1, text.length() - 1);
            boolean simple = text.length() >= 2 && last == first && inner.indexOf(first) < 0 && inner.indexOf('\\') < 0
                    && inner.indexOf('\n') < 0 && (!inList || !hasAny(inner, FLOW));
            return simple ? Optional.of(new YamlValue.Scalar(inner, YamlValue.ScalarType.STRING, line, column))
                    : Optional.empty();
        }
        if (INDICATORS.indexOf(first) >= 0 || first == ' ' || first == '.' || last == ' ' || text.contains(": ") || text.contains(" #")
                || text.endsWith(":") || (inList && hasAny(text, FLOW)) || KEYWORDS.contains(text.toLowerCase())) {
            return Optional.empty();
        }
        if (WHOLE.matcher(text).matches()) {
            return Optional.of(new YamlValue.Scalar(text, YamlValue.ScalarType.INTEGER, line, column));
        }
        if (looksNumeric(text) && !DATE.matcher(text).matches()) {
            return Optional.empty(); // 1.5, 0x1F, 1_000, 12:30, +1 …: the parser decides
        }
        return Optional.of(new YamlValue.Scalar(text, YamlValue.ScalarType.STRING, line, column));
    }

    /** Whether the text is made of nothing but what YAML's numbers (and sexagesimals, and dates) are made of. */
    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789+-._:eExXoObBaAcCdDfF".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
