package org.gongkai.lint;

import org.gongkai.lint.rule.PunctuationRule;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;
import org.gongkai.lint.text.MarkdownText;

import java.util.List;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.CheckIgnore;

/**
 * Rewrites the ASCII punctuation that {@link PunctuationRule} reports into full-width marks, in a Markdown file's
 * text. The front matter, numbers, URLs, code, link addresses and 文号 are left exactly as they are, and so is a
 * block a {@code gongkai-ignore: punctuation} comment covers: the editor has said its marks are right.
 */
public final class PunctuationFix {

    private final MarkdownText markdown = new MarkdownText(new MarkdownRenderer(), ContentLint.ANCHOR_STARTS, ContentLint.KINDS);

    /** Whether a file's {@code check_ignore} names the punctuation kind: then {@code --fix} leaves the whole file alone. */
    public static boolean ignoredIn(List<CheckIgnore> checkIgnore) {
        return checkIgnore.stream().anyMatch(kind -> kind.kind().equalsIgnoreCase(PunctuationRule.KIND));
    }

    /** The file's text with the marks replaced; the same string when there is nothing to fix. */
    public String fix(String fileText) {
        int bodyStart = bodyStart(fileText);
        String body = fileText.substring(bodyStart);
        LintDocument document = markdown.read("", null, LintText.empty(""), body, 1);
        List<Integer> offsets = PunctuationRule.offsets(document.body()).stream()
                .filter(offset -> !document.suppressions().hides(PunctuationRule.KIND, document.body().lineOf(offset)))
                .toList();
        if (offsets.isEmpty()) {
            return fileText;
        }
        char[] chars = fileText.toCharArray();
        for (int offset : offsets) {
            chars[bodyStart + offset] = PunctuationRule.fullWidth(chars[bodyStart + offset]);
        }
        return new String(chars);
    }

    /** Where the body starts: after the closing {@code ---} of the front matter, or 0 without front matter. */
    private static int bodyStart(String text) {
        if (!text.startsWith("---\n")) {
            return 0;
        }
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return end < 0 ? text.length() : end + 1;
            }
            if (end < 0) {
                return 0;
            }
            pos = end + 1;
        }
        return 0;
    }
}
