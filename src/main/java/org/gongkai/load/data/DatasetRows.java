package org.gongkai.load.data;

import java.util.List;
import java.util.Optional;

import org.gongkai.problem.Problems;

/** How the rows of one dataset (fees, projects, aid) become model records. */
interface DatasetRows<T> {

    /** The file name without extension: {@code fees}. */
    String name();

    List<Column> columns();

    /** The record of a row; empty when the row has errors (reported through {@code fields}). */
    Optional<T> read(RowFields fields);

    /** Checks across rows, after the last one. */
    default void finish(String file, Problems problems) {
    }
}
