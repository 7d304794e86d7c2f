package org.gongkai.lint;

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
record Anchored(String anchor, Pattern pattern) {

    /**
     * {@code anchor}, preceded by what {@code before} matches and followed by what {@code after} matches. A match
     * starts at the anchor.
     */
    static Anchored at(String anchor, String before, String after) {
        String literal = Pattern.quote(anchor);
        return new Anchored(anchor, Pattern.compile(literal + (before.isEmpty() ? "" : "(?<=" + before + literal + ")")
                + after));
    }

    static List<Anchored> atEach(List<String> anchors, String before, String after) {
        return anchors.stream().map(anchor -> at(anchor, before, after)).toList();
    }

    /**
     * Each match in {@code masked}, in order and not overlapping. {@code masked} is {@code text}'s masked text or a
     * copy of it with more blanked out.
     */
    void forEach(LintText text, String masked, Consumer<Matcher> action) {
        CharIndex index = text.index();
        int position = index.first(anchor.charAt(0));
        if (position < 0) {
            return;
        }
        Matcher m = pattern.matcher(masked).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (; position >= 0; position = index.next(position)) {
            if (position < next || !masked.startsWith(anchor, position)) {
                continue;
            }
            m.region(position, masked.length());
            if (m.lookingAt()) {
                action.accept(m);
                next = m.end();
            }
        }
    }
}
