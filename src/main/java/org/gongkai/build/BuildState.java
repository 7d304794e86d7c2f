package org.gongkai.build;

import java.util.List;
import java.util.Optional;

import org.gongkai.model.Site;
import org.gongkai.render.NavSection;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.data.DataPages;
import org.gongkai.render.WrittenPage;
import org.gongkai.search.SearchIndex;

/**
 * What a successful build assembled: the model, its index, the renderer with the compiled theme and Markdown
 * parser, the navigation, and every HTML page it wrote. The preview server keeps it to re-render a changed
 * report without loading and compiling everything again.
 *
 * @param search the site's search index as written (its documents, not its postings); empty with {@code search: false}
 */
public record BuildState(Site site, ReportIndex index, SiteRenderer renderer, DataPages dataPages,
                         List<NavSection> sections, List<WrittenPage> pages, Optional<SearchIndex> search) {

    public BuildState {
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
    }
}
