package org.gongkai.load.data;

/** Receives a table row by row, so the records of a large table are checked while it is still being read. */
interface TableSink {

    /** The first row: the column names. */
    void header(RawRow header);

    void row(RawRow row);
}
