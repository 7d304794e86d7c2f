package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/** Everything loaded from a site root, ready to render. Reports are newest first. */
public record Site(SiteConfig config, List<Report> reports, List<FreePage> pages, List<StaticFile> staticFiles) {

    public Site {
        Objects.requireNonNull(config, "config must not be null");
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }

    /** The same site with other reports (newest first); the preview swaps in a changed report this way. */
    public Site withReports(List<Report> newReports) {
        return new Site(config, newReports, pages, staticFiles);
    }
}
