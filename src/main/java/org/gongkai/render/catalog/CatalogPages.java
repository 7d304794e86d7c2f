package org.gongkai.render.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.model.Site;
import org.gongkai.render.Crumb;
import org.gongkai.render.Formats;
import org.gongkai.render.Layouts;
import org.gongkai.render.NavSection;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Summaries;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;
import org.gongkai.render.view.LinkView;

/**
 * The 政府信息公开目录: {@code xxgk/catalog/} with every item, {@code xxgk/catalog/subject/<slug>/} for each 主题分类
 * with items, {@code xxgk/catalog/<year>/} for each year with items (plain pages, no script), the files
 * {@code xxgk/catalog.json} and {@code .csv}, and the 法定主动公开内容 ({@link StatutoryPage}) from the same items.
 */
public final class CatalogPages {

    private final Templates templates;

    public CatalogPages(Templates templates) {
        this.templates = templates;
    }

    /** @param summaries the reports' summaries, as their pages were rendered */
    public List<WrittenPage> render(Site site, List<NavSection> sections, Summaries summaries, PageSink sink) {
        Layouts layouts = new Layouts(site, sections, templates.customCss());
        List<CatalogItem> items = CatalogItems.of(site, summaries);
        CatalogFiles files = new CatalogFiles(site.config());
        sink.write(CatalogPaths.JSON, files.json(items));
        sink.write(CatalogPaths.CSV, files.csv(items));

        Map<String, List<CatalogItem>> bySubject = new TreeMap<>();
        Map<Integer, List<CatalogItem>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (CatalogItem item : items) {
            if (!item.subject().isEmpty()) {
                bySubject.computeIfAbsent(item.subject(), s -> new ArrayList<>()).add(item);
            }
            if (item.year() > 0) {
                byYear.computeIfAbsent(item.year(), y -> new ArrayList<>()).add(item);
            }
        }
        List<String> subjects = site.config().disclosure().subjects();
        List<WrittenPage> written = new ArrayList<>();
        Pages pages = new Pages(layouts, subjects, bySubject, byYear, sink);
        written.add(pages.write(XxgkPaths.catalog(), "政府信息公开目录", "本机关主动公开的全部政府信息，共" + items.size()
                + "条，最新发布的在前。可按主题分类或年份查看，也可下载目录的 JSON 或 CSV 文件。", "全部信息", items, null));
        for (String subject : subjects) {
            List<CatalogItem> list = bySubject.get(subject);
            if (list != null) {
                written.add(pages.write(Subjects.page(subject), "主题分类：" + subject, "主题分类为「" + subject + "」的政府信息，共"
                        + list.size() + "条。", subject, list, "主题分类：" + subject));
            }
        }
        byYear.forEach((year, list) -> written.add(pages.write(CatalogPaths.year(year), year + "年发布的信息",
                year + "年发布的政府信息（没有发布日期的按成文日期或数据年份），共" + list.size() + "条。", year + "年", list, year + "年")));
        written.add(new StatutoryPage(templates, layouts).render(site, items, sink));
        return written;
    }

    /** Writes the pages, each with the navigation by 主题分类 and by year. */
    private final class Pages {

        private final Layouts layouts;
        private final List<String> subjects;
        private final Map<String, List<CatalogItem>> bySubject;
        private final Map<Integer, List<CatalogItem>> byYear;
        private final PageSink sink;

        Pages(Layouts layouts, List<String> subjects, Map<String, List<CatalogItem>> bySubject,
              Map<Integer, List<CatalogItem>> byYear, PageSink sink) {
            this.layouts = layouts;
            this.subjects = subjects;
            this.bySubject = bySubject;
            this.byYear = byYear;
            this.sink = sink;
        }

        /** @param crumb the last breadcrumb below 政府信息公开目录, null for the 目录 itself */
        WrittenPage write(String path, String heading, String intro, String caption, List<CatalogItem> items, String crumb) {
            List<LinkView> subjectLinks = new ArrayList<>();
            for (String subject : subjects) {
                int n = bySubject.getOrDefault(subject, List.of()).size();
                LinkView link = LinkView.of(subject, n == 0 ? "" : OutputPaths.link(path, Subjects.page(subject)), n + "条");
                subjectLinks.add(path.equals(Subjects.page(subject)) ? link.asCurrent() : link);
            }
            List<LinkView> yearLinks = new ArrayList<>();
            byYear.forEach((year, list) -> {
                LinkView link = LinkView.of(year + "年", OutputPaths.link(path, CatalogPaths.year(year)), list.size() + "条");
                yearLinks.add(path.equals(CatalogPaths.year(year)) ? link.asCurrent() : link);
            });
            List<CatalogView.Row> rows = items.stream().map(item -> row(path, item)).toList();
            var view = new CatalogView(heading, intro, subjectLinks, yearLinks, OutputPaths.link(path, CatalogPaths.JSON),
                    OutputPaths.link(path, CatalogPaths.CSV), "catalog-caption", caption + "（" + items.size() + "条）", rows, rows.isEmpty());
            List<Crumb> crumbs = new ArrayList<>(List.of(new Crumb("政府信息公开", XxgkPaths.index()),
                    new Crumb("政府信息公开目录", XxgkPaths.catalog())));
            if (crumb != null) {
                crumbs.add(new Crumb(crumb, path));
            }
            sink.write(path, templates.render("catalog", layouts.layout(path, heading, intro, crumbs), view));
            return new WrittenPage(path, Optional.empty());
        }
    }

    static CatalogView.Row row(String from, CatalogItem item) {
        return new CatalogView.Row(item.index(), item.title(), OutputPaths.link(from, item.path()), item.summary(),
                item.publisher(), item.written().map(Formats::chineseDate).orElse(""),
                item.published().map(Formats::chineseDate).orElse(""));
    }
}
