package org.gongkai.markdown;

import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML Gongkai writes where Flexmark's would not do, for both writers of a page: Flexmark's renderer (through
 * {@link ChineseMarkdownExtension}) and {@link DirectHtml}, which must write the same bytes. Each snippet is here
 * once: the scroll box around a table, the attributes of a table cell and of a heading, the soft line break.
 */
final class PageMarkup {

    /** Lets a wide table scroll on its own, reachable and named for keyboard and screen-reader users. */
    static final String TABLE_OPEN = "<div class=\"table-scroll\" role=\"region\" aria-label=\"表格\" tabindex=\"0\">";
    static final String TABLE_CLOSE = "</div>\n";

    /** An attribute of an element. */
    record Attribute(String name, String value) {
    }

    /**
     * An element's attributes in the order it writes them, and as Flexmark's renderer writes them (each after a
     * space, its value escaped), worked out once.
     */
    record Attributes(List<Attribute> list, String html) {

        static final Attributes NONE = of();

        static Attributes of(Attribute... attributes) {
            StringBuilder html = new StringBuilder();
            for (Attribute attribute : attributes) {
                html.append(' ').append(attribute.name()).append("=\"")
                        .append(Escaping.escapeHtml(attribute.value(), true)).append('"');
            }
            return new Attributes(List.of(attributes), html.toString());
        }

        /** Sets them on an element Flexmark's renderer writes. */
        void setOn(MutableAttributes on) {
            for (Attribute attribute : list) {
                on.replaceValue(attribute.name(), attribute.value());
            }
        }
    }

    private static final Attribute SCOPE = new Attribute("scope", "col");
    /** Alignment as classes, which the site's style sheet sets (an {@code align} attribute is obsolete HTML). */
    private static final Attribute NUMBER = new Attribute("class", "num");
    private static final Attribute CENTER = new Attribute("class", "center");
    private static final Attributes HEADER_CELL = Attributes.of(SCOPE);
    private static final Attributes HEADER_NUMBER = Attributes.of(SCOPE, NUMBER);
    private static final Attributes HEADER_CENTER = Attributes.of(SCOPE, CENTER);
    private static final Attributes NUMBER_CELL = Attributes.of(NUMBER);
    private static final Attributes CENTER_CELL = Attributes.of(CENTER);

    private PageMarkup() {
    }

    /** A table cell's attributes: a header cell's scope, then its alignment. */
    static Attributes cell(TableCell cell) {
        TableCell.Alignment alignment = cell.getAlignment();
        if (alignment == TableCell.Alignment.RIGHT) {
            return cell.isHeader() ? HEADER_NUMBER : NUMBER_CELL;
        }
        if (alignment == TableCell.Alignment.CENTER) {
            return cell.isHeader() ? HEADER_CENTER : CENTER_CELL;
        }
        return cell.isHeader() ? HEADER_CELL : Attributes.NONE;
    }

    /** A heading's id (sec-1, sec-1-2: {@link MarkdownRenderer} numbers them), when it has one. */
    static Attributes heading(Heading heading) {
        String id = heading.getAnchorRefId();
        return id.isEmpty() ? Attributes.NONE : Attributes.of(new Attribute("id", id));
    }

    /** What a soft line break becomes: nothing next to a Chinese character, else a line break. */
    static String softBreak(SoftLineBreak node) {
        return joinsWideCharacters(node) ? "" : "\n";
    }

    /**
     * A line break next to a CJK character is dropped, as CSS Text 3 says of segment breaks: 「学校\n工作」 is one
     * word in Chinese. Markup characters between the break and the text (** _ `) are looked through.
     */
    private static boolean joinsWideCharacters(SoftLineBreak node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int before = node.getStartOffset() - 1;
        while (before >= 0 && isMarkupOrSpace(base.charAt(before))) {
            before--;
        }
        int after = node.getEndOffset();
        while (after < base.length() && (isMarkupOrSpace(base.charAt(after)) || base.charAt(after) == '>')) {
            after++;
        }
        boolean wideBefore = before >= 0 && CjkText.isWide(Character.codePointBefore(base, before + 1));
        boolean wideAfter = after < base.length() && CjkText.isWide(Character.codePointAt(base, after));
        return wideBefore || wideAfter;
    }

    private static boolean isMarkupOrSpace(char c) {
        return c == ' ' || c == '\t' || c == '*' || c == '_' || c == '`' || c == '~';
    }
}
