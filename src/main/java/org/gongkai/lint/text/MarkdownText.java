package org.gongkai.lint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.markdown.ParsedMarkdown;
import org.gongkai.markdown.TextLayout;
import org.gongkai.markdown.TextSpan;
import org.gongkai.model.CheckIgnore;
import org.gongkai.model.FrontMatterLines;
import org.gongkai.model.Report;

/**
 * Reads a Markdown body with the same parser the site is rendered with ({@link TextLayout}), and blanks out what is
 * not prose: code (shown, but not Chinese text), link addresses, heading and list markers, table pipes, emphasis
 * markers (unless they stand for something blacked out), URLs.
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
     * As above, from the parse the renderer renders the page from; it is only read.
     *
     * @param checkIgnore what the front matter's {@code check_ignore} suppresses
     */
    public LintDocument read(String file, Report report, LintText frontMatter, String body, int bodyLine,
                             ParsedMarkdown document, List<CheckIgnore> checkIgnore) {
        char[] masked = body.toCharArray();
        TextLayout layout = document.textLayout();
        for (TextSpan span : layout.notProse()) {
            blank(masked, span);
        }
        for (TextLayout.Emphasis emphasis : layout.emphasis()) {
            if (!looksRedacted(emphasis, body)) {
                blank(masked, emphasis.opening());
                blank(masked, emphasis.closing());
            }
        }
        blankQuoteMarkers(body, masked);
        if ((body.contains("://") || body.contains("www.") || body.indexOf('@') >= 0) && mayHoldUrl(masked)) {
            blankUrls(new String(masked), masked);
        }
        LintText text = new LintText(file, body, new String(masked), bodyLine, indexed);
        return new LintDocument(file, report, frontMatter, text, spans(layout.textBlocks()), spans(layout.headings()),
                layout.tables().stream().map(MarkdownText::table).toList(),
                SuppressionReader.read(file, document, text, checkIgnore, kinds));
    }

    private static List<LintDocument.Span> spans(List<TextSpan> spans) {
        List<LintDocument.Span> out = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            out.add(new LintDocument.Span(span.start(), span.end()));
        }
        return out;
    }

    private static LintDocument.Table table(TextLayout.Table table) {
        return new LintDocument.Table(table.rows().stream()
                .map(row -> new LintDocument.Row(row.header(), spans(row.cells()))).toList());
    }

    /**
     * Whether emphasis markers stand for something blacked out rather than bold text. 「资金***元，学生有***人」 and
     * 「20**年」 parse as emphasis, but nobody writes three stars for bold, puts a year's digits in front of it, or
     * emphasises text that starts and ends right before a unit.
     */
    private static boolean looksRedacted(TextLayout.Emphasis emphasis, String body) {
        TextSpan text = emphasis.text();
        int before = emphasis.opening().start() - 1;
        int after = emphasis.closing().end();
        boolean tripleStars = before >= 0 && body.charAt(before) == '*' || after < body.length() && body.charAt(after) == '*'
                || emphasis.opening().length() >= 3;
        if (text.isEmpty() || tripleStars || before >= 0 && Character.isDigit(body.charAt(before))) {
            return true;
        }
        return UNITS.indexOf(body.charAt(text.start())) >= 0 && after < body.length() && UNITS.indexOf(body.charAt(after)) >= 0;
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
     * {@code @}. Most addresses sit in link syntax, which {@link #read} has blanked already.
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

    private static void blank(char[] masked, TextSpan span) {
        Chars.blank(masked, span.start(), span.end());
    }
}
