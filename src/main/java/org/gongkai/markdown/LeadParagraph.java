package org.gongkai.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The plain text of a document's first paragraph at the top level, the one that opens the report (headings,
 * lists, tables, quotes and code before it are passed over, and so is a paragraph with no text, such as a lone
 * image). Links give their text, emphasis and code lose their markup, images and raw HTML are dropped, and a line
 * break next to a Chinese character disappears as it does on the page; other line breaks are a space.
 */
final class LeadParagraph {

    /** Stands for a line break until the text on both sides of it is known. */
    private static final char BREAK = '\n';

    private LeadParagraph() {
    }

    static String text(Document document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph paragraph) {
                StringBuilder raw = new StringBuilder();
                append(paragraph, raw);
                String text = joinLines(raw);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static void append(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(BREAK);
            } else if (node instanceof Code code) {
                out.append(code.getText().toString().replace(BREAK, ' '));
            } else if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInlineBase) {
                continue;
            } else if (node instanceof AutoLink link) {
                out.append(link.getText());
            } else if (node instanceof MailLink link) {
                out.append(link.getText());
            } else if (node instanceof LinkRef ref && !ref.isDefined()) {
                // 「[1]」 without a reference is text, brackets and all, as the page shows it
                BasedSequence chars = ref.getChars();
                if (ref.hasChildren()) {
                    out.append(chars.prefixOf(ref.getChildChars()).unescape());
                    append(ref, out);
                    out.append(chars.suffixOf(ref.getChildChars()).unescape());
                } else {
                    out.append(chars.unescape());
                }
            } else if (node.hasChildren()) {
                append(node, out); // emphasis, links: their text
            } else {
                out.append(node.getChars().unescape().replace(BREAK, ' '));
            }
        }
    }

    /** Replaces each line break by nothing next to a wide character, else by one space; runs of spaces become one. */
    private static String joinLines(StringBuilder raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BREAK || c == ' ' || c == '\t') {
                pendingBreak |= c == BREAK;
                if (!pendingBreak && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (pendingBreak) {
                trimEnd(out);
                boolean wide = out.length() > 0 && CjkText.isWide(Character.codePointBefore(out, out.length()))
                        || CjkText.isWide(Character.codePointAt(raw, i));
                if (!wide && out.length() > 0) {
                    out.append(' ');
                }
                pendingBreak = false;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
