package org.gongkai.lint.text;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that begins with a literal, with what must come before it as a lookbehind. The expression
 * is tried only where the text has the literal's first character (see {@link CharIndex}): trying
 * expressions at every character of a thousand reports took seconds.
 *
 * @param anchor the literal every match starts with
 */
public record Anchored(String anchor, Pattern pattern, String followedBy, String precededBy) {

    /**
     * {@code anchor}, preceded by what {@code before} matches and followed by what {@code after} matches. A match
     * starts at the anchor.
     */
    public static Anchored at(String anchor, String before, String after) {
        return at(anchor, before, after, null);
    }

    /**
     * As above, where {@code after} can only match when the anchor is followed by one of the characters of
     * {@code followedBy}, a line break or the end of the text: the expression is not tried anywhere else.
     */
    public static Anchored at(String anchor, String before, String after, String followedBy) {
        String literal = Pattern.quote(anchor);
        return new Anchored(anchor, Pattern.compile(literal + (before.isEmpty() ? "" : "(?<=" + before + literal + ")")
                + after), followedBy, null);
    }

    public static List<Anchored> atEach(List<String> anchors, String before, String after) {
        return atEach(anchors, before, after, null);
    }

    public static List<Anchored> atEach(List<String> anchors, String before, String after, String followedBy) {
        return anchors.stream().map(anchor -> at(anchor, before, after, followedBy)).toList();
    }

    /**
     * The same expression, tried only where the character before the anchor is one of {@code chars}: what
     * {@code before} can end with (the last characters of its words). Most occurrences of common anchors (人, 元, 个)
     * follow a figure and are ruled out without the expression's lookbehind.
     */
    public Anchored precededBy(String chars) {
        return new Anchored(anchor, pattern, followedBy, chars);
    }

    /** The same expression, tried wherever the anchor is (for tests that hold the shortcut to it). */
    public Anchored everywhere() {
        return new Anchored(anchor, pattern, null, null);
    }

    /**
     * Each match in {@code masked}, in order and not overlapping. {@code masked} is {@code text}'s masked text or a
     * copy of it with more blanked out.
     */
    public void forEach(LintText text, String masked, Consumer<Matcher> action) {
        CharIndex index = text.index();
        int position = index.first(anchor.charAt(0));
        if (position < 0) {
            return;
        }
        Matcher m = pattern.matcher(masked).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (; position >= 0; position = index.next(position)) {
            if (position < next || !mayPrecede(masked, position) || !masked.startsWith(anchor, position)
                    || !mayFollow(masked, position + anchor.length())) {
                continue;
            }
            m.region(position, masked.length());
            if (m.lookingAt()) {
                action.accept(m);
                next = m.end();
            }
        }
    }

    private boolean mayPrecede(String masked, int position) {
        return precededBy == null || position > 0 && precededBy.indexOf(masked.charAt(position - 1)) >= 0;
    }

    private boolean mayFollow(String masked, int after) {
        if (followedBy == null || after >= masked.length()) {
            return true;
        }
        char c = masked.charAt(after);
        return followedBy.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
