package org.gongkai.scaffold;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.gongkai.model.IndexPattern;

/**
 * The next free 索引号 of a pattern: one more than the highest number used (in that year where the pattern has
 * {@code {year}}), never a gap below it, since a number once published (and perhaps withdrawn) is not given again.
 */
final class IndexNumbers {

    private final IndexPattern pattern;
    private final Set<String> used;

    IndexNumbers(IndexPattern pattern, Collection<String> used) {
        this.pattern = pattern;
        this.used = new HashSet<>(used);
    }

    /** Whether the pattern has a {@code {seq}} to count with. */
    static boolean canNumber(IndexPattern pattern) {
        return pattern.pattern().contains("{seq");
    }

    /** The next free number for an item of {@code year}, taken: a second call gives the one after. */
    String take(int year) {
        long highest = 0;
        for (String index : used) {
            long seq = pattern.sequenceOf(index);
            // an index of this year is the one the pattern gives for this year and its own number
            if (seq >= 0 && pattern.format(year, seq).equals(index)) {
                highest = Math.max(highest, seq);
            }
        }
        String next = pattern.format(year, highest + 1);
        used.add(next);
        return next;
    }
}
