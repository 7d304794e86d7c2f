/**
 * {@code gongkai import}: text pasted out of Word, or a .docx, turned into Markdown report drafts. Uses load (text
 * encodings, site.yaml), lint (the punctuation fix and the content rules on what it wrote) and scaffold (file names).
 */
package org.gongkai.importer;
