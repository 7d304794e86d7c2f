/**
 * Content rules: what a careful editor would catch in a report before it is published (unfilled placeholders,
 * deleted figures, totals that do not add up, a year that disagrees with the text, malformed 文号, ASCII
 * punctuation, personal data, figures that contradict the data files). The rules read the loaded model (reports,
 * pages, the data tables) and the text of the CSV files, and return {@link org.gongkai.lint.Finding}s; {@code build}
 * prints them as warnings and
 * {@code gongkai check} reports them in full. Entry point: {@link org.gongkai.lint.ContentLint}.
 */
package org.gongkai.lint;
