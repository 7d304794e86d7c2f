package org.gongkai.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;

/**
 * {@code <!-- gongkai-ignore: placeholder, total-mismatch -->} alone on its line(s): the editor's note that the
 * findings of these kinds in the block below were checked. It is an instruction to the checker, so the page leaves
 * it out ({@link ChineseMarkdownExtension}); the content rules read the kinds. A comment with text after it on its
 * line is not this form: CommonMark makes that text part of the HTML block, and dropping it would drop the text.
 */
public final class IgnoreComment {

    /** The word that marks the comment, for a quick test before looking at a document's tree. */
    public static final String WORD = "gongkai-ignore";

    private static final Pattern FORM = Pattern.compile(
            "[ \\t]*<!--[ \\t]*gongkai-ignore(?:[ \\t]*[:：])?(.*?)-->[ \\t]*(?:\\r?\\n)?", Pattern.DOTALL);

    private IgnoreComment() {
    }

    /**
     * A comment with {@link #WORD} in a parsed text, and what follows it at its level, for the content rules to
     * work out the lines it covers.
     *
     * @param at the comment
     * @param kinds where its list of kinds is (empty when none is written), or null when it is not alone on its
     *              lines (then it suppresses nothing)
     * @param stacked the ignore comments right after it, in order, each alone on its lines
     * @param next the block after those, or null when there is none
     */
    public record Found(TextSpan at, TextSpan kinds, List<TextSpan> stacked, TextSpan next) {
        public Found {
            stacked = List.copyOf(stacked);
        }
    }

    /** The comments with {@link #WORD} in a tree, in order (a comment's own text is not looked into). */
    static List<Found> find(Node document) {
        List<Found> found = new ArrayList<>();
        find(document, found);
        return found;
    }

    private static void find(Node node, List<Found> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlCommentBlock || child instanceof HtmlInlineComment) {
                if (child.getChars().toString().contains(WORD)) {
                    out.add(found(child));
                }
            } else {
                find(child, out);
            }
        }
    }

    private static Found found(Node comment) {
        int start = comment.getStartOffset();
        int[] kinds = comment instanceof HtmlCommentBlock ? kinds(comment.getChars()) : null;
        List<TextSpan> stacked = new ArrayList<>();
        Node next = comment.getNext();
        while (next instanceof HtmlCommentBlock && isIgnoreComment(next.getChars())) {
            stacked.add(span(next));
            next = next.getNext();
        }
        return new Found(span(comment), kinds == null ? null : new TextSpan(start + kinds[0], start + kinds[1]), stacked,
                next == null ? null : span(next));
    }

    private static TextSpan span(Node node) {
        return new TextSpan(node.getStartOffset(), node.getEndOffset());
    }

    /**
     * Where the list of kinds is in an HTML block's text, {@code [start, end)} without surrounding spaces (an empty
     * range when none is written), or null when the block is not such a comment.
     */
    public static int[] kinds(CharSequence block) {
        Matcher m = FORM.matcher(block);
        if (!m.matches() || m.group(1).contains("-->")) {
            return null;
        }
        int start = m.start(1);
        int end = m.end(1);
        while (start < end && Character.isWhitespace(block.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(block.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    static boolean isIgnoreComment(CharSequence block) {
        return kinds(block) != null;
    }
}
