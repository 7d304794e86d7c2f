package org.gongkai.scaffold;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.model.Disclosure;
import org.gongkai.model.FreePage;
import org.gongkai.model.IndexPattern;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;

/**
 * The next free 索引号 of a pattern: one more than the highest number used (in that year where the pattern has
 * {@code {year}}), never a gap below it, since a number once published (and perhaps withdrawn) is not given again.
 */
public final class IndexNumbers {

    private final IndexPattern pattern;
    private final List<String> used;
    /** The highest number of each year asked for so far: the used ones are scanned once per year, not per item. */
    private final Map<Integer, Long> highest = new HashMap<>();

    IndexNumbers(IndexPattern pattern, Collection<String> used) {
        this.pattern = pattern;
        this.used = List.copyOf(used);
    }

    /**
     * The numbers of the site's pattern after every 索引号 written in its reports (drafts too), its pages and
     * site.yaml's data_pages, as the build reads them; empty when the site has no pattern with {@code {seq}}.
     */
    public static Optional<IndexNumbers> of(Disclosure disclosure, List<Report> reports, List<FreePage> pages) {
        return disclosure.pattern().filter(IndexNumbers::canNumber).map(pattern -> new IndexNumbers(pattern,
                Stream.of(reports.stream().map(Report::meta), pages.stream().map(FreePage::meta),
                                disclosure.dataPages().stream().map(page -> page.meta()))
                        .flatMap(metas -> metas).map(ItemMeta::index).filter(i -> !i.isEmpty()).toList()));
    }

    /** Whether the pattern has a {@code {seq}} to count with. */
    static boolean canNumber(IndexPattern pattern) {
        return pattern.pattern().contains("{seq");
    }

    /** The next free number for an item of {@code year}, taken: a second call gives the one after. */
    public String take(int itemYear) {
        // without {year} the numbers run on across the years: one count for all
        int year = pattern.pattern().contains("{year}") ? itemYear : 0;
        long next = highest.computeIfAbsent(year, this::highestUsed) + 1;
        highest.put(year, next);
        return pattern.format(year, next);
    }

    private long highestUsed(int year) {
        long max = 0;
        for (String index : used) {
            long seq = pattern.sequenceOf(index);
            // an index of this year is the one the pattern gives for this year and its own number
            if (seq >= 0 && pattern.format(year, seq).equals(index)) {
                max = Math.max(max, seq);
            }
        }
        return max;
    }
}
