package org.gongkai.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One thing a search can find: a report, a free page, a data page or one row of a data table.
 *
 * @param path the page's folder from the site root ({@code reports/x/}), with an anchor for a row when it has one
 * @param date 成文日期 (or the row's date), which orders equal results, newest first
 * @param year the year the search page filters by; 0 when the document has none
 * @param excerpt the text shown under the title, asked for once the pages are rendered (a report's summary)
 * @param text what is indexed besides the title and {@code extra}: Markdown source, scanned as it is
 * @param extra plain text indexed with the body (a report's written summary, a row's cells)
 * @param row whether it is a row of a data table (which only a full build changes); a row has no text and its
 *            excerpt is its {@code extra}, so that its published row shows all it indexes
 */
record SearchDoc(String path, String title, Optional<LocalDate> date, int year, String department, String category,
                 Supplier<String> excerpt, String text, String extra, boolean row) {
}
