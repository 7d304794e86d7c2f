package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.model.Site;
import org.gongkai.render.Crumb;
import org.gongkai.render.Layouts;
import org.gongkai.render.NavSection;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;
import org.gongkai.render.view.LinkView;

/**
 * The search page {@code search/index.html}: the form, an empty result list the script fills, and for readers without
 * JavaScript the way to the lists and the 政府信息公开 column instead.
 */
final class SearchPage {

    /** What the template {@code search.mustache} shows besides the layout. */
    record View(String script, List<LinkView> browse) {
    }

    private SearchPage() {
    }

    static WrittenPage write(Site site, List<NavSection> sections, Templates templates, PageSink sink) {
        String path = Layouts.SEARCH_PAGE;
        Layouts layouts = new Layouts(site, sections, templates.customCss());
        var layout = layouts.layout(path, "站内搜索", "在本站的工作报告、网页和收费、项目、资助数据中搜索。",
                List.of(new Crumb("站内搜索", path)));
        List<LinkView> browse = new ArrayList<>();
        for (NavSection section : sections) {
            browse.add(LinkView.of(section.label(), OutputPaths.link(path, section.path()), section.description()));
        }
        if (sections.stream().noneMatch(s -> s.path().equals(XxgkPaths.index()))) {
            browse.add(LinkView.of("政府信息公开", OutputPaths.link(path, XxgkPaths.index()), ""));
        }
        browse.add(LinkView.of("政府信息公开目录", OutputPaths.link(path, XxgkPaths.catalog()), "按主题分类和年度排列的全部公开信息"));
        String script = OutputPaths.link(path, OutputPaths.asset("js/search.js"));
        sink.write(path, templates.render("search", layout, new View(script, browse)));
        return new WrittenPage(path, java.util.Optional.empty());
    }
}
