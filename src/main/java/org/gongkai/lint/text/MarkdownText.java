package org.gongkai.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.gongkai.markdown.IgnoreComment;
import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.CheckIgnore;
import org.gongkai.model.FrontMatterLines;
import org.gongkai.model.Report;

/**
 * Reads a Markdown body with the same parser the site is rendered with, and blanks out what is not prose: code
 * (shown, but not Chinese text), link addresses, heading and list markers, table pipes, emphasis markers, URLs.
 */
public final class MarkdownText {

    static final Pattern URL = Pattern.compile(
            "(?i)(?:https?|ftp)://[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’<>\"']+"
                    + "|www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’<>\"']*"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /** What a redacted figure leaves behind: 「资金**万元」, 「学生有**人」. */
    private static final String UNITS = Units.AROUND_REDACTION;

    private final MarkdownRenderer markdown;
    private final IndexedChars indexed;
    private final Set<String> kinds;

    /**
     * @param indexed the first characters of the rules' anchors, for each text's {@link LintText#index()}
     * @param kinds the kinds of finding a suppression may name
     */
    public MarkdownText(MarkdownRenderer markdown, IndexedChars indexed, Set<String> kinds) {
        this.markdown = markdown;
        this.indexed = indexed;
        this.kinds = Set.copyOf(kinds);
    }

    /** The prose of a report's front matter ({@link FrontMatterText}). */
    public LintText frontMatter(String file, FrontMatterLines frontMatter) {
        return FrontMatterText.read(file, frontMatter, indexed);
    }

    public LintDocument read(String file, Report report, LintText frontMatter, String body, int bodyLine) {
        return read(file, report, frontMatter, body, bodyLine, markdown.parse(body), List.of());
    }

    /**
     * As above, from a tree the renderer parsed already; the tree is only read.
     *
     * @param checkIgnore what the front matter's {@code check_ignore} suppresses
     */
    public LintDocument read(String file, Report report, LintText frontMatter, String body, int bodyLine, Node document,
                      List<CheckIgnore> checkIgnore) {
        char[] masked = body.toCharArray();
        List<LintDocument.Span> paragraphs = new ArrayList<>();
        List<LintDocument.Span> headings = new ArrayList<>();
        List<LintDocument.Table> tables = new ArrayList<>();
        visit(document, masked, paragraphs, headings, tables);
        blankQuoteMarkers(body, masked);
        if ((body.contains("://") || body.contains("www.") || body.indexOf('@') >= 0) && mayHoldUrl(masked)) {
            blankUrls(new String(masked), masked);
        }
        LintText text = new LintText(file, body, new String(masked), bodyLine, indexed);
        return new LintDocument(file, report, frontMatter, text, paragraphs, headings, tables,
                SuppressionReader.read(file, document, text, checkIgnore, kinds));
    }

    private void visit(Node node, char[] masked, List<LintDocument.Span> paragraphs, List<LintDocument.Span> headings,
                       List<LintDocument.Table> tables) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            // raw HTML is not blanked: the site escapes it and shows it as text, so readers see it; an ignore
            // comment is the exception, left out of the page
            if (child instanceof HtmlCommentBlock && IgnoreComment.kinds(child.getChars()) != null) {
                Chars.blank(masked, child.getStartOffset(), child.getEndOffset());
                continue;
            }
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof Code
                    || child instanceof AutoLink
                    || child instanceof MailLink || child instanceof Reference || child instanceof ThematicBreak
                    || child instanceof TableSeparator) {
                Chars.blank(masked, child.getStartOffset(), child.getEndOffset());
                continue;
            }
            if (child instanceof InlineLinkNode link) {
                keepOnly(masked, link, link.getText());
            } else if (child instanceof RefNode ref && ref.isDefined()) {
                keepOnly(masked, ref, ref.getText());
            } else if (child instanceof Heading heading) {
                blank(masked, heading.getOpeningMarker());
                blank(masked, heading.getClosingMarker());
                headings.add(new LintDocument.Span(heading.getText().getStartOffset(), heading.getText().getEndOffset()));
                paragraphs.add(new LintDocument.Span(heading.getText().getStartOffset(), heading.getText().getEndOffset()));
            } else if (child instanceof ListItem item) {
                blank(masked, item.getOpeningMarker());
            } else if (child instanceof BlockQuote quote) {
                blank(masked, quote.getOpeningMarker());
            } else if (child instanceof DelimitedNodeImpl emphasis && !looksRedacted(emphasis)) {
                blank(masked, emphasis.getOpeningMarker());
                blank(masked, emphasis.getClosingMarker());
            } else if (child instanceof Paragraph) {
                paragraphs.add(new LintDocument.Span(child.getStartOffset(), trimEnd(child)));
            } else if (child instanceof TableBlock) {
                tables.add(table(child));
            } else if (child instanceof TableCell cell) {
                blank(masked, cell.getOpeningMarker());
                blank(masked, cell.getClosingMarker());
            }
            visit(child, masked, paragraphs, headings, tables);
        }
    }

    private static LintDocument.Table table(Node block) {
        List<LintDocument.Row> rows = new ArrayList<>();
        collectRows(block, rows, false);
        return new LintDocument.Table(rows);
    }

    private static void collectRows(Node node, List<LintDocument.Row> rows, boolean header) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<LintDocument.Span> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        BasedSequence text = tableCell.getText();
                        cells.add(new LintDocument.Span(text.getStartOffset(), text.getEndOffset()));
                    }
                }
                rows.add(new LintDocument.Row(header, cells));
            } else if (!(child instanceof TableSeparator)) {
                collectRows(child, rows, header || child instanceof TableHead);
            }
        }
    }

    /**
     * Whether emphasis markers stand for something blacked out rather than bold text. 「资金***元，学生有***人」 and
     * 「20**年」 parse as emphasis, but nobody writes three stars for bold, puts a year's digits in front of it, or
     * emphasises text that starts and ends right before a unit.
     */
    private static boolean looksRedacted(DelimitedNodeImpl emphasis) {
        BasedSequence text = emphasis.getText();
        BasedSequence opening = emphasis.getOpeningMarker();
        BasedSequence closing = emphasis.getClosingMarker();
        BasedSequence base = opening.getBaseSequence();
        int before = opening.getStartOffset() - 1;
        int after = closing.getEndOffset();
        boolean tripleStars = before >= 0 && base.charAt(before) == '*' || after < base.length() && base.charAt(after) == '*'
                || opening.length() >= 3;
        if (text.isEmpty() || tripleStars || before >= 0 && Character.isDigit(base.charAt(before))) {
            return true;
        }
        return UNITS.indexOf(text.charAt(0)) >= 0 && after < base.length() && UNITS.indexOf(base.charAt(after)) >= 0;
    }

    /**
     * Blanks what {@link #URL} finds, trying it only where one of its three forms can start (a scheme's first
     * letter, a {@code w}, or the first character of a run that an {@code @} ends): as {@code find()} would, left to
     * right, but without trying every character of a long text.
     */
    static void blankUrls(String text, char[] masked) {
        char[] chars = text.toCharArray(); // walked by index: far cheaper than charAt on a Chinese string in C1 code
        int n = chars.length;
        boolean[] emailStart = new boolean[n];
        boolean beforeAt = false;
        for (int i = n - 1; i >= 0; i--) {
            char c = chars[i];
            if (c == '@') {
                beforeAt = true;
            } else if (isLocalPart(c)) {
                emailStart[i] = beforeAt;
            } else {
                beforeAt = false;
            }
        }
        Matcher m = URL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int p = 0;
        while (p < n) {
            char c = chars[p];
            boolean candidate = emailStart[p] || c == 'w' || c == 'W'
                    || (c == 'h' || c == 'H' || c == 'f' || c == 'F') && schemeEndsAt(chars, p + 3)
                    || (c == 'h' || c == 'H') && (schemeEndsAt(chars, p + 4) || schemeEndsAt(chars, p + 5));
            if (candidate && m.region(p, n).lookingAt()) {
                Chars.blank(masked, m.start(), m.end());
                p = Math.max(m.end(), p + 1);
            } else {
                p++;
            }
        }
    }

    /**
     * Whether {@link #URL} can find anything: each of its forms needs {@code ://}, {@code www.} (in any case) or
     * {@code @}. Most addresses sit in link syntax, which {@link #visit} has blanked already.
     */
    static boolean mayHoldUrl(char[] chars) {
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == '@' || c == ':' && schemeEndsAt(chars, i)
                    || (c | 0x20) == 'w' && i + 3 < n && (chars[i + 1] | 0x20) == 'w' && (chars[i + 2] | 0x20) == 'w'
                    && chars[i + 3] == '.') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ://} starts at {@code i}. */
    private static boolean schemeEndsAt(char[] chars, int i) {
        return i + 2 < chars.length && chars[i] == ':' && chars[i + 1] == '/' && chars[i + 2] == '/';
    }

    private static boolean isLocalPart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%'
                || c == '+' || c == '-';
    }

    /**
     * Blanks block-quote markers at line starts ({@code > > text}), which the tree leaves in nested paragraphs.
     * A loop over line starts: the equivalent multi-line regular expression was tried at every character.
     */
    static void blankQuoteMarkers(String body, char[] masked) {
        if (body.indexOf('>') < 0) {
            return;
        }
        char[] chars = body.toCharArray();
        int n = chars.length;
        for (int start = 0; start < n; start = nextLineStart(chars, start)) {
            int i = start;
            while (i < n && (chars[i] == ' ' || chars[i] == '\t')) {
                i++;
            }
            int end = -1;
            while (i < n && chars[i] == '>') {
                i++;
                if (i < n && (chars[i] == ' ' || chars[i] == '\t')) {
                    i++;
                }
                end = i;
            }
            if (end > 0) {
                Chars.blank(masked, start, end);
            }
        }
    }

    /** The offset after the next line terminator (as {@code (?m)^} sees them), or the length. */
    private static int nextLineStart(char[] chars, int from) {
        int n = chars.length;
        for (int i = from; i < n; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < n && chars[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return n;
    }

    /** A paragraph's end without its trailing line break. */
    private static int trimEnd(Node node) {
        BasedSequence chars = node.getChars();
        int end = node.getEndOffset();
        int i = chars.length() - 1;
        while (i >= 0 && (chars.charAt(i) == '\n' || chars.charAt(i) == '\r')) {
            i--;
            end--;
        }
        return end;
    }

    /** Blanks a link or reference except its text. */
    private static void keepOnly(char[] masked, Node node, BasedSequence text) {
        if (text.isNull()) {
            Chars.blank(masked, node.getStartOffset(), node.getEndOffset());
            return;
        }
        Chars.blank(masked, node.getStartOffset(), text.getStartOffset());
        Chars.blank(masked, text.getEndOffset(), node.getEndOffset());
    }

    private static void blank(char[] masked, BasedSequence sequence) {
        if (sequence != null && !sequence.isNull() && !sequence.isEmpty()) {
            Chars.blank(masked, sequence.getStartOffset(), sequence.getEndOffset());
        }
    }
}
