package org.gongkai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.BuildState;
import org.gongkai.build.SiteBuild;
import org.gongkai.load.ReportReader;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.publish.Publisher;
import org.gongkai.render.ChangedPages;
import org.gongkai.render.DataPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.PortableLinks;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;

/**
 * Keeps the preview folder up to date. A full build ({@link SiteBuild}, published atomically into the folder) runs
 * at start and whenever a change is not just reports; then, when reports change, it re-reads only those files and
 * writes only the pages that show them ({@link ChangedPages}), reusing the model, index and compiled theme that
 * the last build kept. A report whose new text has errors keeps its last good page while the errors are shown.
 * Used by one thread at a time (the watcher); {@link #problems()} may be read from any thread.
 */
final class SiteRebuilder {

    private final SitePaths paths;
    private final BuildOptions options;
    /** Hears the stages of the full builds. */
    private final BuildListener progress;
    private BuildState state;
    private boolean needsFullBuild = true;
    /** Report files whose latest text has errors, by their path from the site root. */
    private final Map<String, List<Problem>> broken = new TreeMap<>();
    /** Every HTML page of the site by path, for the sitemap; kept up to date rather than re-sorted each time. */
    private final TreeMap<String, WrittenPage> pages = new TreeMap<>();
    private volatile List<Problem> shown = List.of();
    private volatile Optional<String> baseUrl = Optional.empty();

    SiteRebuilder(SitePaths paths, BuildOptions options, BuildListener progress) {
        this.paths = paths;
        this.options = options;
        this.progress = progress;
    }

    /** The errors the browser shows over the pages; empty when the preview is up to date. */
    List<Problem> problems() {
        return shown;
    }

    /** The site's {@code base_url} of the last good build, which the server points back at the preview. */
    Optional<String> baseUrl() {
        return baseUrl;
    }

    Rebuild rebuild(ChangeSet changes) {
        if (changes.full() || needsFullBuild) {
            return buildAll(changes.files());
        }
        return buildReports(changes.reports(), changes.files());
    }

    Rebuild buildAll(List<String> files) {
        long started = System.nanoTime();
        try {
            BuildState[] kept = new BuildState[1];
            BuildResult result = new SiteBuild().run(options, progress, built -> kept[0] = built);
            state = kept[0];
            pages.clear();
            state.pages().forEach(page -> pages.put(page.path(), page));
            baseUrl = state.site().config().base();
            needsFullBuild = false;
            broken.clear();
            shown = List.of();
            return new Rebuild(true, result.pages(), List.of(), since(started), result.notices(), files, Optional.empty());
        } catch (BuildFailedException e) {
            needsFullBuild = true;
            broken.clear();
            shown = errorsOf(e.problems());
            return new Rebuild(true, 0, List.of(), since(started), e.problems(), files, Optional.empty());
        }
    }

    /** A bug stopped a rebuild: show it, and start over with a full build on the next change. */
    Rebuild internalFailure(RuntimeException e, List<String> files) {
        needsFullBuild = true;
        shown = List.of(new Problem(SourcePosition.of("gongkai"), Severity.ERROR, "internal",
                Text.of("serve.internal", e), Text.of("serve.internal.hint")));
        return new Rebuild(false, 0, List.of(), Duration.ZERO, List.of(), files, Optional.of(e));
    }

    private Rebuild buildReports(Set<Path> changed, List<String> files) {
        long started = System.nanoTime();
        Set<Path> toRead = new TreeSet<>(changed);
        broken.keySet().forEach(shownPath -> toRead.add(paths.root().resolve(shownPath)));
        Problems notices = new Problems();
        Map<String, Report> bySource = new LinkedHashMap<>();
        state.site().reports().forEach(r -> bySource.put(r.sourcePath(), r));
        SiteLoader loader = new SiteLoader(paths);
        ReportReader reader = new ReportReader(paths);
        toRead.forEach(file -> reread(file, loader, reader, bySource, notices));
        List<Report> reports = bySource.values().stream().sorted(SiteLoader.NEWEST_FIRST).toList();
        Site site = state.site().withReports(reports);
        ReportIndex index = new ReportIndex(reports);
        Problems collisions = new Problems();
        state.renderer().checkPaths(site, index, collisions);
        if (collisions.hasErrors()) {
            // a clash between files is settled by a full build once the editor has fixed it
            needsFullBuild = true;
            List<Problem> all = new ArrayList<>(brokenProblems());
            all.addAll(collisions.list());
            shown = errorsOf(all);
            return new Rebuild(false, 0, List.of(), since(started), all, files, Optional.empty());
        }
        ChangedPages changedPages = ChangedPages.between(state.index(), index, state.renderer().summaries());
        PreviewSink sink = new PreviewSink(options.out());
        PageSink pageSink = PortableLinks.around(site.config(), sink);
        List<WrittenPage> written = new ArrayList<>();
        if (!changedPages.isEmpty()) {
            written.addAll(state.renderer().renderChanged(site, index, state.sections(), changedPages, pageSink));
            Set<Integer> oldYears = DataPaths.summaryYears(state.site());
            Set<Integer> newYears = DataPaths.summaryYears(site);
            Set<Integer> years = changedYearPages(oldYears, newYears, index);
            written.addAll(state.dataPages().renderYears(site, index, state.sections(), years, pageSink));
            if (catalogChanged(state.site().reports(), reports, changedPages)) {
                written.addAll(renderCatalog(site, sink));
            }
            for (int gone : oldYears) {
                if (!newYears.contains(gone)) {
                    sink.delete(DataPaths.year(gone));
                    pages.remove(DataPaths.year(gone));
                }
            }
        }
        changedPages.removed().forEach(sink::delete);
        written.forEach(page -> pages.put(page.path(), page));
        changedPages.removed().forEach(pages::remove);
        List<WrittenPage> allPages = List.copyOf(pages.values());
        if (site.config().base().isPresent()) {
            new Publisher(options.out()).writeFeeds(sink, site.config(), reports, allPages, state.renderer().summaries());
        }
        // the search index is not rewritten: the reports changed since it was are written beside it (search/delta.js)
        if (!changedPages.isEmpty()) {
            state.search().ifPresent(search -> search.writeDelta(site, state.sections(), state.renderer().summaries(), sink));
        }
        state.renderer().summaries().retainOnly(reports);
        state = new BuildState(site, index, state.renderer(), state.dataPages(), state.sections(), allPages, state.search());
        List<Problem> problems = new ArrayList<>(brokenProblems());
        problems.addAll(notices.list());
        shown = errorsOf(problems);
        return new Rebuild(false, written.size(), written.stream().map(WrittenPage::path).sorted().toList(),
                since(started), problems, files, Optional.empty());
    }

    /**
     * Whether the 目录 and 法定主动公开内容 show what changed: they list every report with its title, dates, summary
     * and 信息属性, as the lists do (whose pages change with the entries) plus the metadata.
     */
    private static boolean catalogChanged(List<Report> before, List<Report> after, ChangedPages changed) {
        if (!changed.listPages().isEmpty() || changed.home() || !changed.removed().isEmpty() || before.size() != after.size()) {
            return true;
        }
        Map<String, ItemMeta> metas = new HashMap<>();
        before.forEach(report -> metas.put(report.sourcePath(), report.meta()));
        return after.stream().anyMatch(report -> !report.meta().equals(metas.get(report.sourcePath())));
    }

    /**
     * The catalogue's pages anew, returning those whose content changed; a year or 主题分类 page that no item is on any
     * more is deleted.
     */
    private List<WrittenPage> renderCatalog(Site site, PreviewSink sink) {
        UnchangedSkipped changedOnly = new UnchangedSkipped(sink, options.out());
        List<WrittenPage> catalog = state.dataPages().renderCatalog(site, state.sections(), state.renderer().summaries(),
                PortableLinks.around(site.config(), changedOnly));
        Set<String> now = new HashSet<>();
        catalog.forEach(page -> now.add(page.path()));
        for (String old : List.copyOf(pages.keySet())) {
            if (old.startsWith(XxgkPaths.CATALOG) && !now.contains(old)) {
                sink.delete(old);
                pages.remove(old);
            }
        }
        return catalog.stream().filter(page -> !changedOnly.unchanged(page.path())).toList();
    }

    /**
     * The year summaries to render again: all of them when a year appeared or went (each links to every other),
     * else those whose reports changed in what the summary shows (title, date, category, address).
     */
    private Set<Integer> changedYearPages(Set<Integer> before, Set<Integer> after, ReportIndex index) {
        if (!before.equals(after)) {
            return new TreeSet<>(after);
        }
        Set<Integer> years = new TreeSet<>();
        for (int year : after) {
            if (!yearEntries(index, year).equals(yearEntries(state.index(), year))) {
                years.add(year);
            }
        }
        return years;
    }

    private static List<List<Object>> yearEntries(ReportIndex index, int year) {
        return index.byYear().getOrDefault(year, List.of()).stream()
                .map(r -> List.<Object>of(r.slug(), r.title(), r.date(), r.category()))
                .toList();
    }

    /**
     * Reads one report file again into {@code bySource}: replaced, added, or removed (deleted, or a draft while
     * drafts are hidden). When the new text has errors, the last good version stays.
     */
    private void reread(Path file, SiteLoader loader, ReportReader reader, Map<String, Report> bySource, Problems notices) {
        String shownPath = paths.display(file);
        broken.remove(shownPath);
        if (!Files.isRegularFile(file)) {
            bySource.remove(shownPath);
            return;
        }
        Problems problems = new Problems();
        Optional<Report> read = loader.readReport(reader, file, problems);
        read.flatMap(report -> duplicateSlug(report, bySource)).ifPresent(problems::add);
        if (problems.hasErrors() || read.isEmpty()) {
            broken.put(shownPath, problems.list());
            return;
        }
        notices.addAll(problems.list());
        Report report = read.get();
        if (report.draft() && !options.drafts()) {
            bySource.remove(shownPath);
        } else {
            bySource.put(shownPath, report);
        }
    }

    /** The file name is the address: another report file of that name (drafts and broken ones too) is an error. */
    private Optional<Problem> duplicateSlug(Report report, Map<String, Report> bySource) {
        if (bySource.containsKey(report.sourcePath())) {
            return Optional.empty();
        }
        String fileName = report.slug() + ".md";
        try (Stream<Path> walk = Files.walk(paths.reports())) {
            return walk.filter(p -> p.getFileName().toString().equals(fileName))
                    .map(paths::display)
                    .filter(other -> !other.equals(report.sourcePath()))
                    .findFirst()
                    .map(other -> Problem.error(SourcePosition.of(report.sourcePath()),
                            Text.of("serve.duplicateSlug", report.slug(), other, report.sourcePath()),
                            Text.of("serve.duplicateSlug.hint")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Problem> brokenProblems() {
        List<Problem> all = new ArrayList<>();
        broken.values().forEach(all::addAll);
        return all;
    }

    private static List<Problem> errorsOf(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
