package org.gongkai.render.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongkai.model.FreePage;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.render.DataPageList;
import org.gongkai.render.ItemMetaViews;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.Summaries;

/** Every item of a site for the catalogue, in its one order: newest first, then by 索引号, then by address. */
final class CatalogItems {

    /** Dated items newest first, undated after them; then 索引号 (items without one last), then address. */
    static final Comparator<CatalogItem> ORDER = Comparator
            .comparing((CatalogItem item) -> item.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(item -> item.index().isEmpty())
            .thenComparing(CatalogItem::index)
            .thenComparing(CatalogItem::path);


    private CatalogItems() {
    }

    static List<CatalogItem> of(Site site, Summaries summaries) {
        String publisher = site.config().disclosure().publisherOr(site.config().bureau());
        ItemMetaViews metas = new ItemMetaViews(site.config());
        List<CatalogItem> items = new ArrayList<>();
        for (Report report : site.reports()) {
            items.add(item("report", report.meta(), report.title(), OutputPaths.report(report.slug()), summaries.of(report),
                    publisher, Optional.of(report.date()), report.tags(), 0));
        }
        for (FreePage page : site.pages()) {
            items.add(item("page", page.meta(), page.title(), OutputPaths.page(page.slug()), summaries.lead(page.body()),
                    publisher, Optional.empty(), List.of(), 0));
        }
        for (DataPageList.Entry entry : DataPageList.of(site)) {
            ItemMeta meta = metas.dataPageMeta(entry.key(), entry.defaultSubject());
            items.add(item(kind(entry.kind()), meta, entry.title(), entry.path(), entry.summary(), publisher, Optional.empty(),
                    List.of(), entry.year()));
        }
        items.sort(ORDER);
        return items;
    }

    private static CatalogItem item(String kind, ItemMeta meta, String title, String path, String summary, String publisher,
                                    Optional<LocalDate> written, List<String> keywords, int dataYear) {
        int year = meta.published().or(() -> written).map(LocalDate::getYear).orElse(dataYear);
        return new CatalogItem(kind, meta.index(), title, path, summary, publisher, written, meta.published(), meta.updated(),
                meta.subject(), meta.docNumber(), meta.validity().label(), keywords, year);
    }

    private static String kind(DataPageList.Kind kind) {
        return switch (kind) {
            case FEES -> "fees";
            case PROJECTS -> "projects";
            case AID -> "aid";
            case YEAR -> "year";
            case ANNUAL_REPORT -> "annual-report";
        };
    }
}
