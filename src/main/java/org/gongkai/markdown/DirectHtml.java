package org.gongkai.markdown;

import java.util.Optional;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Writes the HTML of the node kinds work reports are made of (paragraphs, headings, lists, tables, emphasis,
 * plain links, line breaks) straight into a string, byte for byte as Flexmark's {@code HtmlRenderer} configured by
 * {@link MarkdownRenderer} writes them. Flexmark's renderer keeps a line model of its output and looks up a
 * handler per node; for the plain documents a site is mostly made of, writing directly costs a fraction of that.
 * A document with anything else in it (code, images, quotes, HTML, references, text that its line model would
 * reformat) is left to Flexmark: {@link #render} returns empty. A test compares both renderers on every Markdown
 * file of the demo site, the samples and a set of edge cases.
 */
final class DirectHtml {

    private final ListOptions listOptions;
    private final Pattern suppressedLinks;

    DirectHtml(DataHolder options, String suppressedLinks) {
        this.listOptions = ListOptions.get(options);
        this.suppressedLinks = Pattern.compile(suppressedLinks);
    }

    /** The document's HTML, or empty when it holds something only Flexmark's renderer writes. */
    Optional<String> render(Document document) {
        DirectHtmlWriter out = new DirectHtmlWriter(new StringBuilder(document.getTextLength() * 2 + 64));
        return children(document, out) ? Optional.of(out.html()) : Optional.empty();
    }

    /** Unsupported is signalled by returning false, which unwinds the whole rendering. */
    private boolean children(Node parent, DirectHtmlWriter out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!node(child, out)) {
                return false;
            }
        }
        return true;
    }

    private boolean node(Node node, DirectHtmlWriter out) {
        if (node instanceof Text) {
            return text(node.getChars(), out);
        } else if (node instanceof SoftLineBreak softBreak) {
            out.raw(PageMarkup.softBreak(softBreak));
            return true;
        } else if (node instanceof StrongEmphasis) {
            return inline("strong", node, out);
        } else if (node instanceof Emphasis) {
            return inline("em", node, out);
        } else if (node instanceof Paragraph paragraph) {
            return paragraph(paragraph, out);
        } else if (node instanceof Heading heading) {
            return heading(heading, out);
        } else if (node instanceof ListItem item) {
            return listItem(item, out);
        } else if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            String open = listOptions.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>";
            return indented(open, "</ol>", node, out);
        } else if (node instanceof BulletList) {
            return indented("<ul>", "</ul>", node, out);
        } else if (node instanceof ThematicBreak) {
            out.line().raw("<hr />").line();
            return true;
        } else if (node instanceof Link link) {
            return link(link, out);
        } else if (node instanceof LinkRef ref) {
            return linkRef(ref, out);
        } else if (node instanceof TableBlock) {
            out.raw(PageMarkup.TABLE_OPEN);
            boolean done = indented("<table>", "</table>", node, out);
            out.line().raw(PageMarkup.TABLE_CLOSE);
            return done;
        } else if (node instanceof TableHead) {
            return block("<thead>", "</thead>", node, out);
        } else if (node instanceof TableBody) {
            return block("<tbody>", "</tbody>", node, out);
        } else if (node instanceof TableRow) {
            return block("<tr>", "</tr>", node, out);
        } else if (node instanceof TableSeparator) {
            return true;
        } else if (node instanceof TableCell cell) {
            return cell(cell, out);
        }
        return false;
    }

    /**
     * A text node. Most text has nothing to unescape or escape (no {@code \\ & < > "}, no line break): it is copied
     * from the source string in one piece; anything else goes through Flexmark's own unescaping and escaping.
     */
    private static boolean text(BasedSequence chars, DirectHtmlWriter out) {
        if (chars.getBase() instanceof String source) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            boolean plain = end - start == chars.length();
            for (int i = start; plain && i < end; i++) {
                char c = source.charAt(i);
                plain = c != '\\' && c != '&' && c != '<' && c != '>' && c != '"' && c != '\r' && c != '\n';
            }
            if (plain) {
                return out.verbatim(source, start, end);
            }
        }
        return out.text(Escaping.normalizeEOL(chars.unescape()));
    }

    private boolean inline(String tag, Node node, DirectHtmlWriter out) {
        out.raw("<").raw(tag).raw(">");
        boolean done = children(node, out);
        out.raw("</").raw(tag).raw(">");
        return done;
    }

    /** A block on lines of its own: {@code <p>…</p>}. */
    private boolean block(String open, String close, Node node, DirectHtmlWriter out) {
        out.line().raw(open);
        boolean done = children(node, out);
        out.raw(close).line();
        return done;
    }

    /** A block whose children start on a new line: {@code <ul>\n<li>…</li>\n</ul>}. */
    private boolean indented(String open, String close, Node node, DirectHtmlWriter out) {
        out.line().raw(open).line();
        boolean done = children(node, out);
        out.line().raw(close).line();
        return done;
    }

    private boolean paragraph(Paragraph paragraph, DirectHtmlWriter out) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return true;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, listOptions, paragraph.getDocument())) {
            return children(paragraph, out);
        }
        return block("<p>", "</p>", paragraph, out);
    }

    private boolean heading(Heading heading, DirectHtmlWriter out) {
        String open = "<h" + heading.getLevel() + PageMarkup.heading(heading).html() + ">";
        return block(open, "</h" + heading.getLevel() + ">", heading, out);
    }

    private boolean listItem(ListItem item, DirectHtmlWriter out) {
        if (!item.getMarkerSuffix().isEmpty()) {
            return false; // task-list boxes and the like
        }
        return block("<li>", "</li>", item, out);
    }

    private boolean cell(TableCell cell, DirectHtmlWriter out) {
        if (cell.getSpan() > 1) {
            return false;
        }
        String tag = cell.isHeader() ? "th" : "td";
        out.raw("<").raw(tag).raw(PageMarkup.cell(cell).html()).raw(">");
        boolean done = children(cell, out);
        out.raw("</").raw(tag).raw(">");
        return done;
    }

    private boolean link(Link link, DirectHtmlWriter out) {
        if (suppressedLinks.matcher(link.getUrl()).matches()) {
            return children(link, out);
        }
        if (link.getTitle().isNotNull()) {
            return false;
        }
        out.raw("<a href=\"").raw(Escaping.escapeHtml(link.getUrl().unescape(), true)).raw("\">");
        boolean done = children(link, out);
        out.raw("</a>");
        return done;
    }

    /** 「[1]」 with no reference defined is text; a defined reference is left to Flexmark. */
    private boolean linkRef(LinkRef ref, DirectHtmlWriter out) {
        if (ref.isDefined()) {
            return false;
        }
        if (!ref.hasChildren()) {
            return out.text(ref.getChars().unescape());
        }
        BasedSequence chars = ref.getChars();
        return out.text(chars.prefixOf(ref.getChildChars()).unescape()) && children(ref, out)
                && out.text(chars.suffixOf(ref.getChildChars()).unescape());
    }
}
