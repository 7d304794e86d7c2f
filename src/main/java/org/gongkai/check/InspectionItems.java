package org.gongkai.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.model.FreePage;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;
import org.gongkai.model.Site;

/**
 * The items the inspection checks look at: every report (drafts too when the site was loaded with them) and every
 * free page, with the front-matter lines their findings point at.
 *
 * @param date the 成文日期 ({@code date}); empty for a free page, which has none
 * @param publishedLine the file line of {@code published:}, 0 when not written
 */
record InspectionItems(List<Item> items) {

    record Item(String file, ItemMeta meta, Optional<LocalDate> date, boolean draft, int publishedLine, int dateLine) {

        /** When it went public: the 发布日期, else the 成文日期 (a report written before the key existed). */
        Optional<LocalDate> shown() {
            return meta.published().or(() -> date);
        }

        /** The line that says when it went public, for findings about that. */
        int shownLine() {
            return publishedLine > 0 ? publishedLine : Math.max(dateLine, 1);
        }
    }

    InspectionItems {
        items = List.copyOf(items);
    }

    static InspectionItems of(Site site) {
        List<Item> items = new ArrayList<>();
        for (Report report : site.reports()) {
            items.add(new Item(report.sourcePath(), report.meta(), Optional.of(report.date()), report.draft(),
                    report.frontMatter().lineOf("published"), report.frontMatter().lineOf("date")));
        }
        for (FreePage page : site.pages()) {
            // a page keeps no key lines but the 索引号's and the 主题分类's; its findings about dates go to line 1
            items.add(new Item(page.sourcePath(), page.meta(), Optional.empty(), false, 0, 0));
        }
        items.sort(java.util.Comparator.comparing(Item::file));
        return new InspectionItems(items);
    }

    /** The items the published site shows: drafts are not public yet, so they update no column. */
    List<Item> published() {
        return items.stream().filter(i -> !i.draft()).toList();
    }
}
