package org.gongkai.lint;

import java.util.List;
import java.util.stream.Stream;

/**
 * The first characters of the rules' {@link Anchored} patterns, which {@link CharIndex} indexes. A pattern whose
 * anchor is missing here still finds every match (the index scans for other characters), only more slowly.
 */
final class AnchorStarts {

    private static final String STARTS = starts(Stream.of(PlaceholderRule.anchors(), MissingNumberRule.anchors(),
            YearMismatchRule.anchors(), DocNumberRule.anchors()).flatMap(List::stream).toList());
    static final boolean[] TABLE = Chars.table(STARTS);
    /** How many characters {@link #TABLE} names. */
    static final int COUNT = (int) STARTS.chars().distinct().count();

    private AnchorStarts() {
    }

    private static String starts(List<Anchored> anchors) {
        StringBuilder starts = new StringBuilder();
        anchors.forEach(anchored -> starts.append(anchored.anchor().charAt(0)));
        return starts.toString();
    }
}
