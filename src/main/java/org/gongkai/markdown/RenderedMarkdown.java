package org.gongkai.markdown;

import java.util.List;

/**
 * A Markdown body as HTML, with the outline of its headings (level 2 and 3) for the table of contents.
 *
 * @param lead the plain text of the first paragraph at the top level (see {@link MarkdownRenderer#lead}); empty
 *             when there is none
 */
public record RenderedMarkdown(String html, List<OutlineEntry> outline, String lead) {

    public RenderedMarkdown {
        outline = List.copyOf(outline);
        lead = lead == null ? "" : lead;
    }
}
