package org.gongkai.load.data;

/**
 * One cell as read.
 *
 * @param text the text; for a typed Excel cell, its number written plainly or its date as YYYY-MM-DD
 * @param typed the value came from an Excel number or date cell: its form (600 rather than 600.00) is Excel's
 *     own and deserves no warning
 */
record RawCell(String text, boolean typed) {

    static RawCell text(String text) {
        return new RawCell(text == null ? "" : text, false);
    }
}
