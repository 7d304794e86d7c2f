package org.gongkai.render;

import org.gongkai.markdown.ParsedMarkdown;
import org.gongkai.model.Report;

/**
 * Sees each report's parsed Markdown before it is rendered, so checks on the text (the content rules) share the
 * renderer's parse instead of parsing every report again. Called from several threads at once.
 */
@FunctionalInterface
public interface ReportInspector {

    ReportInspector NONE = (report, document) -> { };

    /** Only reads {@code document}: the page is rendered from it afterwards. */
    void inspect(Report report, ParsedMarkdown document);
}
