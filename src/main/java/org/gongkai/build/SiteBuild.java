package org.gongkai.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;

import org.gongkai.build.incremental.UpToDate;
import org.gongkai.lint.ContentLint;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Site;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.publish.BuildLock;
import org.gongkai.publish.Changes;
import org.gongkai.publish.Publisher;
import org.gongkai.publish.StagingSite;
import org.gongkai.render.NavSection;
import org.gongkai.render.PageSink;
import org.gongkai.render.PortableLinks;
import org.gongkai.render.RenderScope;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.ReportInspector;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Templates;
import org.gongkai.render.Theme;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.data.DataPages;
import org.gongkai.search.SearchIndex;

/** Builds a site: load → content rules → assemble → render → publish ({@link Stage}). The steps run in the order written. */
public final class SiteBuild {

    /**
     * @throws BuildFailedException when the input has errors; nothing is published then
     */
    public BuildResult run(BuildOptions options) {
        return run(options, BuildListener.SILENT, state -> { });
    }

    /** As {@link #run(BuildOptions)}, telling {@code listener} about each stage. */
    public BuildResult run(BuildOptions options, BuildListener listener) {
        return run(options, listener, state -> { });
    }

    /**
     * As {@link #run(BuildOptions, BuildListener)}, and hands what the build assembled to {@code keep} once the
     * site is published: the preview server keeps it for incremental rebuilds.
     */
    public BuildResult run(BuildOptions options, BuildListener listener, Consumer<BuildState> keep) {
        try {
            return stages(options, listener, keep, Optional.empty());
        } finally {
            listener.finished();
        }
    }

    /**
     * As {@link #run(BuildOptions)} on a site already loaded, without errors, as {@code options} says (drafts):
     * {@code gongkai check} loads the site for its own checks and builds that, instead of loading it twice.
     */
    public BuildResult run(BuildOptions options, Site loaded) {
        return stages(options, BuildListener.SILENT, state -> { }, Optional.of(loaded));
    }

    private BuildResult stages(BuildOptions options, BuildListener listener, Consumer<BuildState> keep,
                               Optional<Site> given) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        OutputFolder.check(options, problems);
        problems.failIfErrors(Stage.OUTPUT.key());
        BuildLock lock = OutputFolder.lock(options, problems).orElse(null);
        problems.failIfErrors(Stage.OUTPUT.key());
        try {
            UpToDate upToDate = Unchanged.look(options);
            if (upToDate.same().isPresent()) {
                // no input's stamp, no published file's changed since the last build: nothing is loaded, and the
                // build says what that one said
                problems.addAll(upToDate.same().get().problems());
                failOnWarningsIfStrict(options, problems, upToDate.same().get().rules());
                return Unchanged.result(upToDate.same().get(), problems.list(), Duration.ofNanos(System.nanoTime() - started));
            }
            return pipeline(options, listener, keep, given, problems, started, upToDate);
        } finally {
            lock.close();
        }
    }

    private BuildResult pipeline(BuildOptions options, BuildListener listener, Consumer<BuildState> keep,
                                 Optional<Site> given, Problems problems, long started, UpToDate upToDate) {

        // load: site.yaml, reports, pages, static files, data tables → the model
        listener.stage(Stage.LOAD, () -> 0);
        Site site = given.or(() -> new SiteLoader(new SitePaths(options.source())).load(options.drafts(), problems))
                .map(loaded -> options.baseUrl().isEmpty() ? loaded
                        : loaded.withConfig(loaded.config().withBaseUrl(options.baseUrl())))
                .map(loaded -> options.portable() ? loaded.withConfig(loaded.config().withPortable(true)) : loaded)
                .orElse(null);
        problems.failIfErrors(Stage.LOAD.key());
        // content rules (placeholders, totals, years …): they see each report as it is rendered (one parse for
        // both) and warn at the end; `gongkai check` reports them in full
        // (the data files are read for them on a pool thread while the theme and indexes are assembled)
        MarkdownRenderer markdown = new MarkdownRenderer();
        ForkJoinTask<ContentLint.Session> linting = ForkJoinTask.adapt(
                () -> new ContentLint(markdown).session(site)).fork();

        // assemble: theme, indexes, and a check that no two outputs share an address
        Theme theme = Theme.locate(options.source(), site.config().theme(), problems).orElse(null);
        problems.failIfErrors(Stage.ASSEMBLE.key());
        Templates templates = Templates.compile(theme, problems);
        ReportIndex index = new ReportIndex(site.reports());
        SiteRenderer renderer = new SiteRenderer(theme, templates, markdown);
        renderer.checkPaths(site, index, problems);
        failOnWarningsIfStrict(options, problems);
        problems.failIfErrors(Stage.ASSEMBLE.key());

        // (and what the last build's cache lets this one take over: only the reports that changed are rendered and
        // checked again)
        List<NavSection> sections = SiteRenderer.sections(site);
        Incremental incremental = Incremental.plan(options, site, index, sections, upToDate);
        ContentLint.Session lint = linting.join();
        incremental.reuse(site, renderer.summaries(), lint);
        if (incremental.nothingChanged()) {
            // the published site is what this build would make: it stays as it is, and so does the cache
            ContentLint.Result rules = lint.result();
            failOnWarningsIfStrict(options, problems, rules);
            noFeedWithoutBaseUrl(site, problems);
            return incremental.unchanged(problems.list(), rules, Duration.ofNanos(System.nanoTime() - started));
        }

        // render into a staging folder, to be swapped in only when all of it succeeded
        Publisher publisher = new Publisher(options.out());
        StagingSite staging = publisher.open();
        listener.stage(Stage.RENDER, staging::fileCount);
        try {
            DataPages dataPages = new DataPages(templates, markdown);
            // portable: the pages' links are made to end in index.html as they are written
            PageSink sink = PortableLinks.around(site.config(), staging);
            // the search index counts its tokens from the model meanwhile (an incremental build only those of the
            // reports it renders); it is written once the summaries are known
            Optional<SearchIndex> search = site.config().search()
                    ? Optional.of(incremental.search(site, sections, renderer.summaries(), options.out())) : Optional.empty();
            Rendered rendered;
            try {
                rendered = render(site, index, sections, renderer, dataPages, sink, incremental, lint);
            } catch (RuntimeException | Error e) {
                search.ifPresent(SearchIndex::abandon);
                throw e;
            }
            List<WrittenPage> pages = rendered.pages();
            // the search page is left out of the sitemap: it shows nothing without a query
            search.ifPresent(s -> s.write(site, sections, templates, sink));
            // the rules' findings stay apart from the build's own problems: check takes them whole
            ContentLint.Result rules = lint.result();
            failOnWarningsIfStrict(options, problems, rules);
            // publish: feeds, sitemap and robots.txt (taken over with the lists when those are), then the swap
            listener.stage(Stage.PUBLISH, staging::fileCount);
            noFeedWithoutBaseUrl(site, problems);
            if (rendered.rest()) {
                pages.sort(Comparator.comparing(WrittenPage::path));
                if (site.config().base().isPresent()) {
                    publisher.writeFeeds(staging, site.config(), site.reports(), pages, renderer.summaries());
                }
                publisher.writeRobots(staging, site);
            }
            incremental.carry(options.out(), staging, rendered.rest(),
                    path -> search.isPresent() && path.startsWith(SearchIndex.DIR));
            Changes changes = publisher.commit(staging);
            incremental.save(options, site, renderer.summaries(), staging.files(), problems.list(), rules);
            keep.accept(new BuildState(site, index, renderer, dataPages, sections, pages, search));
            return new BuildResult(staging.pageCount(), staging.fileCount(), changes, problems.list(), rules,
                    Duration.ofNanos(System.nanoTime() - started), staging.pageCount() - staging.carriedPageCount(),
                    staging.carriedPageCount(), incremental.fullBecause());
        } catch (RuntimeException | Error e) {
            publisher.abandon(staging);
            throw e;
        }
    }

    /** The pages a build rendered (and those of the sitemap it took over), and whether it rendered the lists and the rest. */
    private record Rendered(List<WrittenPage> pages, boolean rest) {
    }

    /**
     * The reports' pages the plan names, then — in a full build, or when what the lists show changed — the other
     * pages: lists, home, data pages and catalogue. A full build renders the data pages alongside the reports' (they
     * need nothing from them); an incremental one knows only once the reports are rendered whether it needs them.
     */
    private static Rendered render(Site site, ReportIndex index, List<NavSection> sections, SiteRenderer renderer,
                                   DataPages dataPages, PageSink sink, Incremental incremental, ContentLint.Session lint) {
        ReportInspector inspector = (report, document) -> incremental.found(report, lint.inspect(report, document));
        RenderScope scope = RenderScope.ALL;
        if (!incremental.full()) {
            List<WrittenPage> reports = renderer.render(site, index, sections, sink, inspector,
                    new RenderScope(incremental::renders, false));
            if (!incremental.rest(site, renderer.summaries())) {
                return new Rendered(new ArrayList<>(reports), false);
            }
            scope = new RenderScope(report -> false, true);
        }
        DataPages.Rendering data = dataPages.start(site, index, sections, sink);
        List<WrittenPage> pages;
        try {
            pages = new ArrayList<>(renderer.render(site, index, sections, sink, inspector, scope));
        } catch (RuntimeException | Error e) {
            data.abandon(); // never leave it writing into a staging folder that is being abandoned
            throw e;
        }
        return new Rendered(rest(site, sections, renderer, dataPages, sink, pages, data), true);
    }

    private static List<WrittenPage> rest(Site site, List<NavSection> sections, SiteRenderer renderer,
                                          DataPages dataPages, PageSink sink, List<WrittenPage> pages,
                                          DataPages.Rendering data) {
        pages.addAll(data.finish());
        pages.addAll(dataPages.renderCatalog(site, sections, renderer.summaries(), sink));
        return pages;
    }

    /** Feed and sitemap need absolute addresses: a site without base_url has none, and the build says so. */
    private static void noFeedWithoutBaseUrl(Site site, Problems problems) {
        if (site.config().base().isEmpty()) {
            problems.add(new Problem(SourcePosition.of("content/site.yaml"), Severity.INFO, "feed",
                    Text.of("build.feed"), Text.of("build.feed.hint")));
        }
    }

    /** With --strict, a warning stops the build like an error. */
    private static void failOnWarningsIfStrict(BuildOptions options, Problems problems) {
        failOnWarningsIfStrict(options, problems, new ContentLint.Result(List.of(), List.of()));
    }

    /** As above, the content rules' warnings counting too. */
    private static void failOnWarningsIfStrict(BuildOptions options, Problems problems, ContentLint.Result rules) {
        List<Problem> all = BuildResult.notices(problems.list(), rules);
        if (options.strict() && all.stream().anyMatch(p -> p.severity() == Severity.WARNING)) {
            throw new BuildFailedException(Stage.RENDER.key(), all, problems.totalCount() + rules.forBuild().size());
        }
    }
}
