package org.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown → HTML for reports and pages. Build one per build and share it: Flexmark's parser and renderer are
 * thread-safe and expensive to set up.
 *
 * <p>Raw HTML in content is escaped, never passed through: bureau staff paste from Word, and no
 * {@code <script>} or event attribute from content may reach a page. Links with script schemes are dropped.
 * Indented code blocks are off: text pasted from Word often starts lines with spaces, and a paragraph must not
 * turn into code because of it (fenced code still works).
 */
public final class MarkdownRenderer {

    private static final String SUPPRESSED_LINKS = "(?i)\\s*(javascript|vbscript|data|file):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final DirectHtml direct;

    public MarkdownRenderer() {
        this(true);
    }

    /** @param quickBlockStarts false only for the test that holds {@link QuickBlockStarts} to Flexmark's own */
    MarkdownRenderer(boolean quickBlockStarts) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, quickBlockStarts
                ? List.of(new TablesOnce(), new ChineseMarkdownExtension(), new QuickBlockStarts())
                : List.of(new TablesOnce(), new ChineseMarkdownExtension()));
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.direct = new DirectHtml(options, SUPPRESSED_LINKS);
    }

    /** The text parsed as the renderer sees it, with source offsets; content checks read text from it. */
    public ParsedMarkdown parse(String markdown) {
        return new ParsedMarkdown(parser.parse(markdown));
    }

    public RenderedMarkdown render(String markdown) {
        return render(parser.parse(markdown));
    }

    /**
     * Renders a text from {@link #parse}, so a caller that also inspects it parses only once. Numbers the headings
     * in the tree as it goes.
     */
    public RenderedMarkdown render(ParsedMarkdown parsed) {
        return render(parsed.document());
    }

    private RenderedMarkdown render(Document document) {
        List<OutlineEntry> outline = numberHeadings(document);
        return new RenderedMarkdown(direct.render(document).orElseGet(() -> renderer.render(document)), outline);
    }

    /**
     * The plain text of the document's first paragraph at the top level (not a heading, list, table, quote or
     * code): links as their text, without emphasis or code markup, line breaks next to Chinese characters joined
     * as on the page; empty when it has none. Taken from the parse a page is rendered from, so a summary costs no
     * parse of its own.
     */
    public String lead(ParsedMarkdown parsed) {
        return LeadParagraph.text(parsed.document());
    }

    /** {@link #lead(ParsedMarkdown)} of a text whose page is not being rendered. */
    public String lead(String markdown) {
        return LeadParagraph.text(parser.parse(markdown));
    }

    /** Flexmark's own rendering, for tests that hold {@link DirectHtml} to it. */
    String flexmarkHtml(ParsedMarkdown parsed) {
        return renderer.render(parsed.document());
    }

    /** What {@link DirectHtml} writes, or empty when the document is left to Flexmark. */
    java.util.Optional<String> directHtml(ParsedMarkdown parsed) {
        return direct.render(parsed.document());
    }

    /**
     * Gives headings ASCII ids (sec-1, sec-1-2) and builds the outline. The page title is the only h1, so when
     * a body uses {@code #} headings every heading moves down one level.
     */
    private static List<OutlineEntry> numberHeadings(Document document) {
        List<Heading> headings = new ArrayList<>();
        collect(document, headings);
        boolean shift = headings.stream().anyMatch(h -> h.getLevel() == 1);
        int[] counters = new int[7];
        List<OutlineEntry> top = new ArrayList<>();
        List<List<OutlineEntry>> childLists = new ArrayList<>();
        String lastTopId = null;
        String lastTopText = null;
        for (Heading heading : headings) {
            int level = Math.min(6, heading.getLevel() + (shift ? 1 : 0));
            heading.setLevel(level);
            counters[level]++;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            StringBuilder id = new StringBuilder("sec");
            for (int l = 2; l <= level; l++) {
                id.append('-').append(Math.max(1, counters[l]));
            }
            heading.setAnchorRefId(id.toString());
            if (level == 2) {
                if (lastTopId != null) {
                    top.add(new OutlineEntry(lastTopId, lastTopText, 2, childLists.get(childLists.size() - 1)));
                }
                lastTopId = id.toString();
                lastTopText = plain(heading);
                childLists.add(new ArrayList<>());
            } else if (level == 3) {
                if (lastTopId == null) {
                    top.add(new OutlineEntry(id.toString(), plain(heading), 3, List.of()));
                } else {
                    childLists.get(childLists.size() - 1).add(new OutlineEntry(id.toString(), plain(heading), 3, List.of()));
                }
            }
        }
        if (lastTopId != null) {
            top.add(new OutlineEntry(lastTopId, lastTopText, 2, childLists.get(childLists.size() - 1)));
        }
        return top;
    }

    /** The heading's text without Markdown markup (** and the like). */
    private static String plain(Heading heading) {
        StringBuilder out = new StringBuilder();
        appendText(heading, out);
        return out.toString().strip();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.Code code) {
                out.append(code.getText());
            } else if (child instanceof com.vladsch.flexmark.ast.Text) {
                out.append(child.getChars());
            } else {
                appendText(child, out);
            }
        }
    }

    private static void collect(Node node, List<Heading> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                out.add(heading);
            } else {
                collect(child, out);
            }
        }
    }
}
