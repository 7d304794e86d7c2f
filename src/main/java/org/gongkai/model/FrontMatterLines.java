package org.gongkai.model;

import java.util.Map;
import java.util.Objects;

/**
 * A report's front matter as written, kept so that checks can point at the line of a key (the {@code year:}
 * line of a year mismatch) and read values with their columns, without parsing the YAML again.
 *
 * @param yaml the text between the two {@code ---} lines, comments included
 * @param firstLine the file line on which {@code yaml} starts (2 after the opening {@code ---})
 * @param keyLines each top-level key and the file line it is written on
 */
public record FrontMatterLines(String yaml, int firstLine, Map<String, Integer> keyLines) {

    public static final FrontMatterLines NONE = new FrontMatterLines("", 2, Map.of());

    public FrontMatterLines {
        Objects.requireNonNull(yaml, "yaml must not be null");
        keyLines = Map.copyOf(keyLines);
    }

    /** The file line of {@code key}, or 0 when the key is not written. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 0);
    }
}
