/**
 * Content rules: what a careful editor would catch in a report before it is published (unfilled placeholders,
 * deleted figures, totals that do not add up, a year that disagrees with the text, malformed 文号, ASCII
 * punctuation, personal data, figures that contradict the data files). This package is their public face:
 * {@link org.gongkai.lint.ContentLint} runs them over the loaded model (reports, pages, and the data files as the
 * loader read them) and returns {@link org.gongkai.lint.Finding}s; {@code build} prints them as warnings and
 * {@code gongkai check} reports them in full. The rules are in {@code lint.rule}, the scanning of text in
 * {@code lint.text}, the cross-check against the data tables in {@code lint.data}.
 */
package org.gongkai.lint;
