package org.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Walks a parsed tree once for its {@link TextLayout}. */
final class TextLayoutWalk {

    private final List<TextSpan> notProse = new ArrayList<>();
    private final List<TextLayout.Emphasis> emphasis = new ArrayList<>();
    private final List<TextSpan> textBlocks = new ArrayList<>();
    private final List<TextSpan> headings = new ArrayList<>();
    private final List<TextLayout.Table> tables = new ArrayList<>();

    private TextLayoutWalk() {
    }

    static TextLayout of(Node document) {
        TextLayoutWalk walk = new TextLayoutWalk();
        walk.visit(document);
        return new TextLayout(walk.notProse, walk.emphasis, walk.textBlocks, walk.headings, walk.tables);
    }

    private void visit(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            // raw HTML is prose: the site escapes it and shows it as text, so readers see it; an ignore comment is
            // the exception, left out of the page
            if (child instanceof HtmlCommentBlock && IgnoreComment.isIgnoreComment(child.getChars())) {
                notProse.add(span(child));
                continue;
            }
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof Code
                    || child instanceof AutoLink
                    || child instanceof MailLink || child instanceof Reference || child instanceof ThematicBreak
                    || child instanceof TableSeparator) {
                notProse.add(span(child));
                continue;
            }
            if (child instanceof InlineLinkNode link) {
                allBut(link, link.getText());
            } else if (child instanceof RefNode ref && ref.isDefined()) {
                allBut(ref, ref.getText());
            } else if (child instanceof Heading heading) {
                marker(heading.getOpeningMarker());
                marker(heading.getClosingMarker());
                TextSpan text = span(heading.getText());
                headings.add(text);
                textBlocks.add(text);
            } else if (child instanceof ListItem item) {
                marker(item.getOpeningMarker());
            } else if (child instanceof BlockQuote quote) {
                marker(quote.getOpeningMarker());
            } else if (child instanceof DelimitedNodeImpl delimited) {
                emphasis.add(new TextLayout.Emphasis(span(delimited.getOpeningMarker()),
                        span(delimited.getClosingMarker()), span(delimited.getText())));
            } else if (child instanceof Paragraph) {
                textBlocks.add(new TextSpan(child.getStartOffset(), endWithoutLineBreak(child)));
            } else if (child instanceof TableBlock) {
                List<TextLayout.Row> rows = new ArrayList<>();
                collectRows(child, rows, false);
                tables.add(new TextLayout.Table(rows));
            } else if (child instanceof TableCell cell) {
                marker(cell.getOpeningMarker());
                marker(cell.getClosingMarker());
            }
            visit(child);
        }
    }

    private static void collectRows(Node node, List<TextLayout.Row> rows, boolean header) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<TextSpan> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        cells.add(span(tableCell.getText()));
                    }
                }
                rows.add(new TextLayout.Row(header, cells));
            } else if (!(child instanceof TableSeparator)) {
                collectRows(child, rows, header || child instanceof TableHead);
            }
        }
    }

    /** A link or reference is not prose except its text. */
    private void allBut(Node node, BasedSequence text) {
        if (text.isNull()) {
            notProse.add(span(node));
            return;
        }
        notProse.add(new TextSpan(node.getStartOffset(), text.getStartOffset()));
        notProse.add(new TextSpan(text.getEndOffset(), node.getEndOffset()));
    }

    private void marker(BasedSequence sequence) {
        if (sequence != null && !sequence.isNull() && !sequence.isEmpty()) {
            notProse.add(span(sequence));
        }
    }

    /** A paragraph's end without its trailing line break. */
    private static int endWithoutLineBreak(Node node) {
        BasedSequence chars = node.getChars();
        int end = node.getEndOffset();
        int i = chars.length() - 1;
        while (i >= 0 && (chars.charAt(i) == '\n' || chars.charAt(i) == '\r')) {
            i--;
            end--;
        }
        return end;
    }

    private static TextSpan span(Node node) {
        return new TextSpan(node.getStartOffset(), node.getEndOffset());
    }

    private static TextSpan span(BasedSequence sequence) {
        return new TextSpan(sequence.getStartOffset(), sequence.getEndOffset());
    }
}
