package org.gongkai.load.data;

import java.util.List;

/**
 * One row of a table as read, before validation.
 *
 * @param line the 1-based line of the CSV file where the row starts, or the sheet's row number in an .xlsx
 * @param cells the values, left to right
 */
record RawRow(int line, List<RawCell> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
