package org.gongkai.build;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.lint.ContentLint;
import org.gongkai.model.Site;
import org.gongkai.render.NavSection;
import org.gongkai.render.PageSink;
import org.gongkai.render.RenderScope;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.ReportInspector;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.data.DataPages;
import org.gongkai.work.BuildWork;

/** The build's render stage: which pages it renders, in what order, as the plan ({@link Incremental}) says. */
final class RenderStage {

    private RenderStage() {
    }

    /** The pages a build rendered (and those of the sitemap it took over), and whether it rendered the lists and the rest. */
    record Rendered(List<WrittenPage> pages, boolean rest) {
    }

    /**
     * The reports' pages the plan names, then — in a full build, or when what the lists show changed — the other
     * pages: lists, home, data pages and catalogue. A full build renders the data pages alongside the reports' (they
     * need nothing from them); an incremental one knows only once the reports are rendered whether it needs them.
     */
    static Rendered render(Site site, ReportIndex index, List<NavSection> sections, SiteRenderer renderer,
                                   DataPages dataPages, PageSink sink, Incremental incremental, ContentLint.Session lint,
                                   BuildWork work) {
        ReportInspector inspector = (report, document) -> incremental.found(report, lint.inspect(report, document));
        RenderScope scope = RenderScope.ALL;
        if (!incremental.full()) {
            List<WrittenPage> reports = renderer.render(site, index, sections, sink, inspector,
                    new RenderScope(incremental::renders, false), work);
            if (!incremental.rest(site, renderer.summaries())) {
                return new Rendered(new ArrayList<>(reports), false);
            }
            scope = new RenderScope(report -> false, true);
        }
        DataPages.Rendering data = dataPages.start(work, site, index, sections, sink);
        List<WrittenPage> pages = new ArrayList<>(renderer.render(site, index, sections, sink, inspector, scope, work));
        return new Rendered(rest(site, sections, renderer, dataPages, sink, pages, data), true);
    }

    private static List<WrittenPage> rest(Site site, List<NavSection> sections, SiteRenderer renderer,
                                          DataPages dataPages, PageSink sink, List<WrittenPage> pages,
                                          DataPages.Rendering data) {
        pages.addAll(data.finish());
        pages.addAll(dataPages.renderCatalog(site, sections, renderer.summaries(), sink));
        return pages;
    }
}
