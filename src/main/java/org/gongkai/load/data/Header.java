package org.gongkai.load.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.load.text.Spelling;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A table's header row matched against the columns of its dataset. Columns may come in any order; a missing,
 * unknown or repeated column is an error naming it.
 */
final class Header {

    private final Map<String, Column> columns;
    private final Map<String, Integer> index;
    private final int width;

    private Header(Map<String, Column> columns, Map<String, Integer> index, int width) {
        this.columns = columns;
        this.index = index;
        this.width = width;
    }

    /** The header, or null when it has errors (reported). */
    static Header read(String file, RawRow row, List<Column> definition, Problems problems) {
        Map<String, Column> columns = new HashMap<>();
        definition.forEach(c -> columns.put(c.name(), c));
        Map<String, Integer> index = new HashMap<>();
        String allNames = definition.stream().map(Column::name).collect(Collectors.joining(","));
        boolean ok = true;
        Map<String, SourcePosition> unknown = new LinkedHashMap<>();
        int width = row.cells().size();
        while (width > 0 && row.cells().get(width - 1).text().isBlank()) {
            width--; // Excel and WPS leave empty cells after the last column
        }
        for (int i = 0; i < width; i++) {
            String name = RowFields.strip(row.cells().get(i).text());
            SourcePosition at = SourcePosition.of(file, row.line(), i + 1);
            if (name.isEmpty()) {
                problems.add(Problem.error(at, Text.of("data.header.noName", i + 1), Text.of("data.header.noName.hint", allNames)));
                ok = false;
            } else if (!columns.containsKey(name)) {
                unknown.put(name, at);
                ok = false;
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(Problem.error(at, Text.of("data.header.twice", name), Text.of("data.header.twice.hint")));
                ok = false;
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : definition) {
            if (!index.containsKey(column.name())) {
                missing.add(column.name());
            }
        }
        // a misspelt column is one mistake, said once: not as an unknown column and a missing one
        for (Map.Entry<String, SourcePosition> entry : unknown.entrySet()) {
            Optional<String> meant = Spelling.closest(entry.getKey(), missing);
            if (meant.isPresent()) {
                missing.remove(meant.get());
                problems.add(Problem.error(entry.getValue(), Text.of("data.header.misspelt", entry.getKey(), meant.get()),
                        Text.of("data.header.misspelt.hint", meant.get())));
            } else {
                problems.add(Problem.error(entry.getValue(), Text.of("data.header.unknown", entry.getKey()),
                        Text.of("data.header.unknown.hint", allNames)));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(SourcePosition.of(file, row.line()),
                    Text.of("data.header.missing", missing), Text.of("data.header.missing.hint", allNames)));
            ok = false;
        }
        return ok ? new Header(columns, index, width) : null;
    }

    int width() {
        return width;
    }

    /** 0-based position of a column in the file. */
    int index(String column) {
        return index.getOrDefault(column, -1);
    }

    int position(String column) {
        return Math.max(index(column), 0);
    }

    Column column(String name) {
        return columns.get(name);
    }
}
