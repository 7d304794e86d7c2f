package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.model.CheckIgnore;

/**
 * Reads {@code check_ignore} of a report's or page's front matter: a list of kinds ({@code [placeholder]}, or one
 * per line), or one text with the kinds separated by commas. Each kind keeps its line and column; whether it is a
 * kind at all is for the content rules to say, which know the kinds.
 */
final class CheckIgnoreList {

    static final String KEY = "check_ignore";

    /** Commas as staff type them: ASCII, full-width, 顿号. */
    private static final String SEPARATORS = "[,，、]";

    private CheckIgnoreList() {
    }

    /**
     * @param yaml the front matter text, for the columns of kinds in one comma-separated text
     * @param firstLine the file line {@code yaml} starts on
     */
    static List<CheckIgnore> read(YamlFields fields, YamlValue.Mapping mapping, String yaml, int firstLine) {
        fields.textList(KEY, "[placeholder]"); // for its problems: an entry that is not text, a mapping
        YamlValue value = mapping.values().get(KEY);
        List<YamlValue> items = value instanceof YamlValue.Sequence sequence ? sequence.items()
                : value == null ? List.of() : List.of(value);
        String[] lines = yaml.split("\n", -1);
        List<CheckIgnore> kinds = new ArrayList<>();
        for (YamlValue item : items) {
            if (item instanceof YamlValue.Scalar scalar && scalar.type() != YamlValue.ScalarType.NULL) {
                int index = scalar.line() - firstLine;
                String line = index >= 0 && index < lines.length ? lines[index] : "";
                int from = Math.max(0, scalar.column() - 1);
                for (String kind : scalar.text().split(SEPARATORS)) {
                    String trimmed = kind.strip();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    int at = line.indexOf(trimmed, Math.min(from, line.length()));
                    int column = at < 0 ? scalar.column() : line.codePointCount(0, at) + 1;
                    kinds.add(new CheckIgnore(trimmed, scalar.line(), column));
                    if (at >= 0) {
                        from = at + trimmed.length();
                    }
                }
            }
        }
        return kinds;
    }
}
