package org.gongkai.render.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Site;
import org.gongkai.render.Crumb;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;

/**
 * 法定主动公开内容 ({@code xxgk/statutory/}): what 《中华人民共和国政府信息公开条例》 article 20 says a body publishes of
 * its own accord, with the items of this site under it: （八）收费 the fee pages, （十）重大建设项目 the projects,
 * （十一）教育 the reports and the aid; every other item under its 主题分类 (those without one under 其他). Groups
 * without items are left out, so the page never shows an empty column.
 */
final class StatutoryPage {

    /** An item of article 20 and the kinds of item listed under it. */
    private record Article(String id, String heading, String note, Set<String> kinds) {
    }

    private static final List<Article> ARTICLES = List.of(
            new Article("art20-8", "第二十条第（八）项　行政事业性收费", "行政事业性收费项目及其依据、标准", Set.of("fees")),
            new Article("art20-10", "第二十条第（十）项　重大建设项目", "重大建设项目的批准和实施情况", Set.of("projects")),
            new Article("art20-11", "第二十条第（十一）项　教育", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
                    Set.of("report", "aid")));

    /** The kinds listed under an article; the others are grouped by 主题分类. */
    private static final Set<String> LISTED = ARTICLES.stream().flatMap(a -> a.kinds().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String OTHER = "其他";

    private final Templates templates;
    private final Layouts layouts;

    StatutoryPage(Templates templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    WrittenPage render(Site site, List<CatalogItem> items, PageSink sink) {
        String path = XxgkPaths.statutory();
        List<StatutoryView.Group> groups = new ArrayList<>();
        for (Article article : ARTICLES) {
            List<CatalogView.Row> rows = items.stream().filter(item -> article.kinds().contains(item.kind()))
                    .map(item -> CatalogPages.row(path, item)).toList();
            if (!rows.isEmpty()) {
                groups.add(new StatutoryView.Group(article.id(), article.heading(), article.note(), article.id() + "-caption",
                        article.heading() + "（" + rows.size() + "条）", rows));
            }
        }
        Set<String> listed = LISTED;
        Map<String, List<CatalogView.Row>> bySubject = new LinkedHashMap<>();
        site.config().disclosure().subjects().forEach(subject -> bySubject.put(subject, new ArrayList<>()));
        bySubject.putIfAbsent(OTHER, new ArrayList<>());
        for (CatalogItem item : items) {
            if (!listed.contains(item.kind())) {
                String subject = item.subject().isEmpty() ? OTHER : item.subject();
                bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(CatalogPages.row(path, item));
            }
        }
        bySubject.forEach((subject, rows) -> {
            if (!rows.isEmpty()) {
                String id = "subject-" + Subjects.slug(subject);
                groups.add(new StatutoryView.Group(id, "主题分类：" + subject, "", id + "-caption",
                        subject + "（" + rows.size() + "条）", rows));
            }
        });
        String intro = "按《中华人民共和国政府信息公开条例》第二十条列出本机关主动公开的政府信息；第二十条所列以外的信息按主题分类列出。"
                + "全部信息及其索引号见政府信息公开目录。";
        var view = new StatutoryView(intro, groups, OutputPaths.link(path, XxgkPaths.catalog()), groups.isEmpty());
        sink.write(path, templates.render("statutory", layouts.layout(path, "法定主动公开内容", intro, List.of(
                new Crumb("政府信息公开", XxgkPaths.index()), new Crumb("法定主动公开内容", path))), view));
        return new WrittenPage(path, Optional.empty());
    }
}
