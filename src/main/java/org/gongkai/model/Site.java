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
}
