package org.gongkai.lint.rule;

import java.util.List;
import java.util.stream.Stream;

import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.IndexedChars;

/**
 * The first characters of the rules' {@link Anchored} patterns, which each text's character index keeps chains for.
 * A pattern whose anchor is missing here still finds every match (the index scans for other characters), only more
 * slowly.
 */
public final class AnchorStarts {

    public static final IndexedChars CHARS = IndexedChars.of(starts(Stream.of(PlaceholderRule.anchors(),
            MissingNumberRule.anchors(), YearMismatchRule.anchors(), DocNumberRule.anchors()).flatMap(List::stream).toList()));

    private AnchorStarts() {
    }

    private static String starts(List<Anchored> anchors) {
        StringBuilder starts = new StringBuilder();
        anchors.forEach(anchored -> starts.append(anchored.anchor().charAt(0)));
        return starts.toString();
    }
}
