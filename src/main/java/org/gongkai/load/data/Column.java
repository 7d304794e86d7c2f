package org.gongkai.load.data;

/**
 * A column of a data table as samples/README.md defines it.
 *
 * @param required a value in every row
 * @param example a value to show in hints
 */
record Column(String name, boolean required, String example) {

    static Column required(String name, String example) {
        return new Column(name, true, example);
    }

    static Column optional(String name, String example) {
        return new Column(name, false, example);
    }
}
