/**
 * {@code gongkai check}: the content rules of {@code lint} on every report, page and data file, plus checks on the
 * pages of a build into a temporary folder (broken internal links, images without alt text, skipped heading
 * levels), traced back to the Markdown line where possible; and {@code --fix} for punctuation.
 * Entry points: {@link org.gongkai.check.SiteCheck}, {@link org.gongkai.check.PunctuationFixer},
 * {@link org.gongkai.check.LinkCheck}.
 */
package org.gongkai.check;
