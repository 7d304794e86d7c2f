package org.gongkai.markdown;

import java.util.List;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A Markdown text parsed once ({@link MarkdownRenderer#parse}), read by the content rules and then rendered into
 * its page: the parser's tree stays inside this package. Reading it changes nothing; rendering numbers its headings,
 * so it is read first.
 */
public final class ParsedMarkdown {

    private final Document document;

    ParsedMarkdown(Document document) {
        this.document = document;
    }

    /** Where the prose is, for the content rules. */
    public TextLayout textLayout() {
        return TextLayoutWalk.of(document);
    }

    /** The comments that mention {@link IgnoreComment#WORD}, in order. */
    public List<IgnoreComment.Found> ignoreComments() {
        return IgnoreComment.find(document);
    }

    Document document() {
        return document;
    }
}
