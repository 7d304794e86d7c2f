package org.gongkai.markdown;

import java.util.List;

/** A Markdown body as HTML, with the outline of its headings (level 2 and 3) for the table of contents. */
public record RenderedMarkdown(String html, List<OutlineEntry> outline) {

    public RenderedMarkdown {
        outline = List.copyOf(outline);
    }
}
