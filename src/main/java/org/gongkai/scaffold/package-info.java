/**
 * {@code gongkai new}: files to start from, never written over an existing one. A site skeleton
 * ({@link org.gongkai.scaffold.SiteSkeleton}), a report draft with its front matter filled
 * ({@link org.gongkai.scaffold.ReportDraft}) and a free page ({@link org.gongkai.scaffold.PageDraft}), each with an
 * ASCII file name since titles are Chinese and URL paths are ASCII.
 */
package org.gongkai.scaffold;
