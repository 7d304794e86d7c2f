package org.gongkai.load.data;

/** Receives a table row by row, so a large file is never held in memory as a whole. */
interface TableSink {

    /** The first row: the column names. */
    void header(RawRow header);

    void row(RawRow row);
}
