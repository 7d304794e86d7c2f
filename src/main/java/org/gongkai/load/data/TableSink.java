package org.gongkai.load.data;

import org.gongkai.problem.Problem;

/** Receives a table row by row, so a large file is never held in memory as a whole. */
interface TableSink {

    /** The first row: the column names. */
    void header(RawRow header);

    void row(RawRow row);

    /** A problem of the table itself (a cell, the file), kept in order with the problems of the rows before it. */
    void problem(Problem problem);
}
