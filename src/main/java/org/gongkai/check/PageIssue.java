package org.gongkai.check;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * Something wrong on a built page, before it is traced back to the Markdown line it came from.
 *
 * @param page the page's path in the built site, e.g. {@code reports/x/index.html}
 * @param line the line in the page's HTML
 * @param needle text to look for in the page's Markdown source (an image's address, a heading's text)
 */
record PageIssue(String page, int line, Severity severity, String kind, Text message, Text hint, String needle) {
}
