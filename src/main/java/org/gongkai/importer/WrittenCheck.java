package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.lint.ContentLint;
import org.gongkai.lint.Finding;
import org.gongkai.load.ReportReader;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/** Runs the content rules on the site with the new drafts and tells, per draft, what was read and what to check. */
final class WrittenCheck {

    private final SitePaths paths;
    private final Site site;

    /** @param site the site as loaded before the drafts were written */
    WrittenCheck(SitePaths paths, Site site) {
        this.paths = paths;
        this.site = site;
    }

    List<ImportedReport> results(List<ImportRun.Planned> written, Problems problems) {
        // the drafts are read from their text, as the loader would read their files: the site is not loaded again
        ReportReader reader = new ReportReader(paths);
        List<Report> reports = new ArrayList<>(site.reports());
        for (ImportRun.Planned p : written) {
            if (p.inSite(paths)) {
                reader.read(p.imported().text(), p.file(), SitePaths.slugOf(p.path()), problems).ifPresent(reports::add);
            }
        }
        reports.sort(SiteLoader.NEWEST_FIRST);
        List<Finding> findings = new ContentLint().run(site.withReports(reports));
        List<ImportedReport> results = new ArrayList<>();
        for (ImportRun.Planned p : written) {
            results.add(new ImportedReport(p.file(), p.source(), p.imported().inference().title().value(),
                    read(p.imported().inference(), p.index()), toCheck(p),
                    findings.stream().filter(f -> f.position().file().equals(p.file())).toList(),
                    p.pictures().stream().map(pic -> paths.display(paths.staticFiles().resolve(pic))).toList()));
        }
        return results;
    }

    /**
     * The line of a 「## 一、」 that follows another level-2 heading: the numbering starts again, so another text may
     * be glued on without a separator (seed 001's last report ends with a 政务服务中心 text). Only said, never split.
     */
    static Optional<Integer> restartLine(Imported imported) {
        boolean seenSection = false;
        String[] lines = imported.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                if (seenSection && lines[i].startsWith("## 一、")) {
                    return Optional.of(i + 1);
                }
                seenSection = true;
            }
        }
        return Optional.empty();
    }

    private static List<Text> read(Inference in, Optional<String> index) {
        List<Text> out = new ArrayList<>();
        index.ifPresent(i -> out.add(Text.of("import.read.index", i)));
        if (in.date().read()) {
            out.add(Text.of("import.read.date", in.date().value()));
        }
        if (in.year().read()) {
            out.add(Text.of("import.read.year", in.year().value()));
        }
        if (in.period().read()) {
            out.add(Text.of("import.read.period", in.period().value().label()));
        }
        if (in.category().read()) {
            out.add(Text.of("import.read.category", in.category().value().label()));
        }
        if (in.department().read()) {
            out.add(Text.of("import.read.department", in.department().value()));
        }
        return out;
    }

    private static List<Text> toCheck(ImportRun.Planned p) {
        Inference in = p.imported().inference();
        List<Text> out = new ArrayList<>();
        if (!in.title().read()) {
            out.add(Text.of("import.check.title", in.title().value()));
        }
        if (!in.date().read()) {
            out.add(Text.of("import.check.date", in.date().value()));
        }
        if (!in.year().read()) {
            out.add(Text.of("import.check.year", in.year().value()));
        }
        if (!in.period().read()) {
            out.add(Text.of("import.check.period", in.period().value().label()));
        }
        if (!in.category().read()) {
            out.add(Text.of("import.check.category", in.category().value().label()));
        }
        if (!in.department().read()) {
            out.add(Text.of("import.check.department", in.department().value()));
        }
        restartLine(p.imported()).ifPresent(line -> out.add(Text.of("import.check.restart", p.file() + ":" + line)));
        long noAlt = p.imported().draft().blocks().stream()
                .filter(b -> b instanceof Block.Image image && image.alt().isBlank()).count();
        if (noAlt > 0) {
            out.add(Text.of("import.check.alt", noAlt));
        }
        return out;
    }
}
