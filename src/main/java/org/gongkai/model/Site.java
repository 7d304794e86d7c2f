package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything loaded from a site root, ready to render. Reports are newest first; free pages in the order they are
 * listed ({@link FreePage#LISTED}), so the footer, the home page and the navigation agree.
 *
 * @param datasets the tables of {@code content/data/} (fees, projects, aid)
 * @param annualReports the 政府信息公开工作年度报告 of {@code content/annual-reports/}, oldest year first
 */
public record Site(SiteConfig config, List<Report> reports, List<FreePage> pages, List<StaticFile> staticFiles,
                   Datasets datasets, List<AnnualReport> annualReports) {

    public Site {
        Objects.requireNonNull(config, "config must not be null");
        reports = List.copyOf(reports);
        pages = pages.stream().sorted(FreePage.LISTED).toList();
        staticFiles = List.copyOf(staticFiles);
        datasets = datasets == null ? Datasets.EMPTY : datasets;
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    }

    /** A site without annual reports. */
    public Site(SiteConfig config, List<Report> reports, List<FreePage> pages, List<StaticFile> staticFiles,
                Datasets datasets) {
        this(config, reports, pages, staticFiles, datasets, List.of());
    }

    /** A site without data files. */
    public Site(SiteConfig config, List<Report> reports, List<FreePage> pages, List<StaticFile> staticFiles) {
        this(config, reports, pages, staticFiles, Datasets.EMPTY);
    }

    public Site withConfig(SiteConfig newConfig) {
        return new Site(newConfig, reports, pages, staticFiles, datasets, annualReports);
    }

    public Site withDatasets(Datasets newDatasets) {
        return new Site(config, reports, pages, staticFiles, newDatasets, annualReports);
    }

    /** The same site with other reports (newest first); the preview swaps in a changed report this way. */
    public Site withReports(List<Report> newReports) {
        return new Site(config, newReports, pages, staticFiles, datasets, annualReports);
    }
}
