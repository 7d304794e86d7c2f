package org.gongkai.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.model.Disclosure;
import org.gongkai.model.FreePage;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The build's rules for the items' metadata, against {@code disclosure:}: a 索引号 must match the pattern and be
 * used once, a 主题分类 must be one of the vocabulary. Each error at the value's line and column.
 */
public final class DisclosureRules {

    /** An item's metadata with the file it comes from. */
    public record Item(String file, ItemMeta meta) {
    }

    private DisclosureRules() {
    }

    /**
     * The items a site's 索引号 are checked over: its free pages' and reports' in file order, then the data pages' (their
     * numbers are written in {@code siteYaml}, after the files in content/pages and content/reports).
     */
    public static List<Item> items(List<Report> reports, List<FreePage> pages, Disclosure disclosure, String siteYaml) {
        List<Item> items = new ArrayList<>();
        pages.forEach(page -> items.add(new Item(page.sourcePath(), page.meta())));
        reports.forEach(report -> items.add(new Item(report.sourcePath(), report.meta())));
        items.sort(Comparator.comparing(Item::file));
        disclosure.dataPages().forEach(page -> items.add(new Item(siteYaml, page.meta())));
        return items;
    }

    public static void check(Disclosure disclosure, List<Item> items, Problems problems) {
        Map<String, Item> byIndex = new HashMap<>();
        for (Item item : items) {
            ItemMeta meta = item.meta();
            if (!meta.index().isEmpty()) {
                SourcePosition at = SourcePosition.of(item.file(), meta.indexLine(), meta.indexColumn());
                disclosure.pattern().filter(p -> !p.matches(meta.index())).ifPresent(p -> problems.add(Problem.error(at,
                        Text.of("meta.index.pattern", meta.index(), disclosure.indexPattern()),
                        Text.of("meta.index.pattern.hint", p.format(2021, 1)))));
                Item first = byIndex.putIfAbsent(meta.index(), item);
                if (first != null) {
                    problems.add(Problem.error(at, Text.of("meta.index.twice", meta.index(), first.file()
                            + ":" + first.meta().indexLine()), Text.of("meta.index.twice.hint")));
                }
            }
            if (!meta.subject().isEmpty() && !disclosure.subjects().contains(meta.subject())) {
                problems.add(Problem.error(SourcePosition.of(item.file(), meta.subjectLine(), meta.subjectColumn()),
                        Text.of("meta.subject.unknown", meta.subject()),
                        Text.of("meta.subject.unknown.hint", String.join("、", disclosure.subjects()))));
            }
        }
    }

    /** A draft's 索引号 that an item of the build, or an earlier draft, already has: a warning, the draft is not built. */
    public static void draftDuplicates(List<Item> built, List<Item> drafts, Problems problems) {
        Map<String, Item> byIndex = new HashMap<>();
        built.stream().filter(i -> !i.meta().index().isEmpty()).forEach(i -> byIndex.putIfAbsent(i.meta().index(), i));
        for (Item draft : drafts) {
            ItemMeta meta = draft.meta();
            if (meta.index().isEmpty()) {
                continue;
            }
            Item first = byIndex.putIfAbsent(meta.index(), draft);
            if (first != null) {
                problems.add(Problem.warning(SourcePosition.of(draft.file(), meta.indexLine(), meta.indexColumn()),
                        Text.of("inspect.draftIndexTwice", meta.index(), first.file() + ":" + first.meta().indexLine()),
                        Text.of("meta.index.twice.hint")));
            }
        }
    }
}
