/**
 * How the content rules read text: a Markdown file or front matter as a {@link org.gongkai.lint.text.LintText}
 * with what is not prose blanked, its blocks ({@link org.gongkai.lint.text.LintDocument}), and the scanners the rules
 * share (figures and their {@link org.gongkai.lint.text.Units}, anchored patterns, totals, 文号, suppressions).
 */
package org.gongkai.lint.text;
