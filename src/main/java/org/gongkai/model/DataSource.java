package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data file as the loader read it, for what looks at the file rather than at its records (the content rules'
 * personal-data scan finds a number at its line and column): so no one reads {@code content/data/} a second time.
 *
 * @param table the dataset: {@code fees}, {@code projects} or {@code aid}
 * @param file the path as messages show it ({@code content/data/aid.csv})
 * @param text a CSV file's decoded text, line ends as LF; empty for an .xlsx workbook or a file that could not be
 *     decoded
 * @param header a CSV file's first row as written, or empty when it has none
 */
public record DataSource(String table, String file, Optional<String> text, List<String> header) {

    public DataSource {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(file, "file must not be null");
        text = text == null ? Optional.empty() : text;
        header = header == null ? List.of() : List.copyOf(header);
    }
}
