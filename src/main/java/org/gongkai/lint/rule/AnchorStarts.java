package org.gongkai.lint.rule;

import java.util.List;

import org.gongkai.lint.text.Anchored;
import org.gongkai.lint.text.IndexedChars;

/**
 * The first characters of the rules' {@link Anchored} patterns, which each text's character index keeps chains for.
 * A pattern whose anchor is missing here still finds every match (the index scans for other characters), only more
 * slowly.
 */
public final class AnchorStarts {

    private AnchorStarts() {
    }

    public static IndexedChars of(List<? extends ContentRule> rules) {
        StringBuilder starts = new StringBuilder();
        rules.forEach(rule -> rule.anchors().forEach(anchored -> starts.append(anchored.anchor().charAt(0))));
        return IndexedChars.of(starts.toString());
    }
}
