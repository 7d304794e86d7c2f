/**
 * Markdown → HTML that is correct for Chinese text: CJK-friendly emphasis, no spaces from line breaks between
 * Chinese characters, raw HTML escaped, headings numbered for a table of contents.
 * Entry point: {@link org.gongkai.markdown.MarkdownRenderer}; a parse leaves this package as
 * {@link org.gongkai.markdown.ParsedMarkdown}, so Flexmark's types stay inside it.
 */
package org.gongkai.markdown;
