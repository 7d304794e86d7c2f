package org.gongkai.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
