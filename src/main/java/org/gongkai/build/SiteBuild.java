package org.gongkai.build;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.gongkai.build.incremental.CacheFile;
import org.gongkai.build.incremental.CacheStore;
import org.gongkai.build.incremental.UpToDate;
import org.gongkai.lint.ContentLint;
import org.gongkai.load.LoadMemory;
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
import org.gongkai.render.ReportIndex;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Templates;
import org.gongkai.render.Theme;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.data.DataPages;
import org.gongkai.search.SearchIndex;
import org.gongkai.work.BuildWork;

/** Builds a site: load → content rules → assemble → render → publish ({@link Stage}). The steps run in the order written. */
public final class SiteBuild {

    /**
     * @throws BuildFailedException when the input has errors; nothing is published then
     */
    public BuildResult run(BuildOptions options) {
        return run(options, BuildListener.SILENT);
    }

    /** As {@link #run(BuildOptions)}, telling {@code listener} about each stage. */
    public BuildResult run(BuildOptions options, BuildListener listener) {
        try {
            return stages(options, listener, Optional.empty(), Optional.empty());
        } finally {
            listener.finished();
        }
    }

    /**
     * The preview's build: as {@link #run(BuildOptions, BuildListener)}, taking over from the last one what did not
     * change since ({@code memory}: its cache, the files it read), and — when only some pages are rendered again —
     * writing those into the preview's folder in place instead of staging the whole site.
     */
    public BuildResult run(BuildOptions options, BuildListener listener, PreviewMemory memory) {
        try {
            return stages(options, listener, Optional.empty(), Optional.of(memory));
        } finally {
            listener.finished();
        }
    }

    /**
     * As {@link #run(BuildOptions)} on a site already loaded, without errors, as {@code options} says (drafts):
     * {@code gongkai check} loads the site for its own checks and builds that, instead of loading it twice.
     */
    public BuildResult run(BuildOptions options, Site loaded) {
        return stages(options, BuildListener.SILENT, Optional.of(loaded), Optional.empty());
    }

    private BuildResult stages(BuildOptions options, BuildListener listener, Optional<Site> given,
                               Optional<PreviewMemory> memory) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        OutputFolder.check(options, problems);
        problems.failIfErrors(Stage.OUTPUT.key());
        BuildLock lock = OutputFolder.lock(options, problems).orElse(null);
        problems.failIfErrors(Stage.OUTPUT.key());
        // the build's parallel work: whatever fails, none of it is still running once the build has ended
        BuildWork work = new BuildWork();
        try {
            UpToDate upToDate = Unchanged.look(options, work);
            if (upToDate.same().isPresent()) {
                // no input's stamp, no published file's changed since the last build: nothing is loaded, and the
                // build says what that one said
                problems.addAll(upToDate.same().get().problems());
                failOnWarningsIfStrict(options, problems, upToDate.same().get().rules());
                return Unchanged.result(upToDate.same().get(), problems.list(), Duration.ofNanos(System.nanoTime() - started));
            }
            return pipeline(options, listener, given, memory, problems, started, upToDate, work);
        } catch (RuntimeException | Error e) {
            work.abandon();
            throw e;
        } finally {
            lock.close();
        }
    }

    private BuildResult pipeline(BuildOptions options, BuildListener listener, Optional<Site> given,
                                 Optional<PreviewMemory> memory, Problems problems, long started, UpToDate upToDate,
                                 BuildWork work) {

        // load: site.yaml, reports, pages, static files, data tables → the model (the preview's rebuild reads again
        // only the files that changed)
        listener.stage(Stage.LOAD, () -> 0);
        SiteLoader.Loaded loaded = given.isPresent() ? new SiteLoader.Loaded(given, LoadMemory.NONE, Set.of(), Map.of())
                : new SiteLoader(new SitePaths(options.source())).load(options.drafts(), problems,
                        memory.map(PreviewMemory::reuse), work);
        Site site = loaded.site()
                .map(read -> options.baseUrl().isEmpty() ? read
                        : read.withConfig(read.config().withBaseUrl(options.baseUrl())))
                .map(read -> options.portable() ? read.withConfig(read.config().withPortable(true)) : read)
                .orElse(null);
        problems.failIfErrors(Stage.LOAD.key());
        // content rules (placeholders, totals, years …): they see each report as it is rendered (one parse for
        // both) and warn at the end; `gongkai check` reports them in full
        // (the data files are read for them on a pool thread while the theme and indexes are assembled)
        MarkdownRenderer markdown = new MarkdownRenderer();
        Optional<ContentLint.DataChecked> dataChecked = memory.flatMap(PreviewMemory::dataChecked);
        BuildWork.Task<ContentLint.Session> linting = work.fork(() -> new ContentLint(markdown).session(site, work, dataChecked));

        // assemble: theme, indexes, and a check that no two outputs share an address
        // (the preview's rebuild after report edits takes the theme and templates of the last build)
        Optional<Assembled> assembled = memory.flatMap(PreviewMemory::assembled);
        Theme theme = assembled.map(Assembled::theme)
                .orElseGet(() -> Theme.locate(options.source(), site.config().theme(), problems).orElse(null));
        problems.failIfErrors(Stage.ASSEMBLE.key());
        Templates templates = assembled.map(Assembled::templates).orElseGet(() -> Templates.compile(theme, problems));
        ReportIndex index = new ReportIndex(site.reports());
        SiteRenderer renderer = new SiteRenderer(theme, templates, markdown);
        renderer.checkPaths(site, index, problems);
        failOnWarningsIfStrict(options, problems);
        problems.failIfErrors(Stage.ASSEMBLE.key());

        // (and what the last build's cache lets this one take over: only the reports that changed are rendered and
        // checked again)
        List<NavSection> sections = SiteRenderer.sections(site);
        Optional<CacheStore> cache = memory.map(PreviewMemory::cache)
                .or(() -> options.cache() ? Optional.of(new CacheFile(new SitePaths(options.source()).cache())) : Optional.empty());
        Incremental incremental = Incremental.plan(options, cache, site, index, sections,
                memory.map(kept -> kept.known(loaded.takenOver())).orElseGet(() -> Known.byStamps(loaded.stamps())),
                upToDate, work);
        ContentLint.Session lint = linting.join();
        incremental.reuse(site, renderer.summaries(), lint);
        // what the preview keeps once the build has published (made only for the preview)
        Supplier<PreviewMemory.Kept> kept = () -> new PreviewMemory.Kept(loaded.memory(), incremental.inputs(),
                new Assembled(theme, templates), lint.dataChecked());
        if (incremental.nothingChanged()) {
            // the published site is what this build would make: it stays as it is, and so does the cache
            ContentLint.Result rules = lint.result();
            failOnWarningsIfStrict(options, problems, rules);
            noFeedWithoutBaseUrl(site, problems);
            memory.ifPresent(preview -> preview.built(site, kept.get(), preview.search()));
            return incremental.unchanged(problems.list(), rules, Duration.ofNanos(System.nanoTime() - started));
        }

        // render into a staging folder, to be swapped in only when all of it succeeded (the preview's rebuild of some
        // pages writes them into its folder in place)
        Publisher publisher = new Publisher(options.out());
        boolean inPlace = memory.isPresent() && !incremental.full();
        StagingSite staging = inPlace ? publisher.openInPlace(incremental.published().orElseThrow()) : publisher.open();
        listener.stage(Stage.RENDER, staging::fileCount);
        try {
            DataPages dataPages = new DataPages(templates, markdown);
            // portable: the pages' links are made to end in index.html as they are written
            PageSink sink = PortableLinks.around(site.config(), staging);
            // the search index counts its tokens from the model meanwhile (an incremental build only those of the
            // reports it renders); it is written once the summaries are known
            Optional<SearchIndex> search = site.config().search()
                    ? Optional.of(incremental.search(work, site, sections, renderer.summaries(), options.out(),
                            memory.flatMap(PreviewMemory::search)))
                    : Optional.empty();
            RenderStage.Rendered rendered = RenderStage.render(site, index, sections, renderer, dataPages, sink,
                    incremental, lint, work);
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
            incremental.carry(work, options.out(), staging, rendered.rest(),
                    path -> search.isPresent() && path.startsWith(SearchIndex.DIR));
            Changes changes = publisher.commit(staging, incremental.published(), work);
            incremental.save(options, site, renderer.summaries(), staging.files(), problems.list(), rules);
            publisher.finish();
            memory.ifPresent(preview -> preview.built(site, kept.get(), search.map(SearchIndex::memory)));
            int pageCount = staging.pageCount();
            int carried = staging.carriedPageCount();
            return new BuildResult(pageCount, staging.fileCount(), changes, problems.list(), rules,
                    Duration.ofNanos(System.nanoTime() - started), pageCount - carried, carried, incremental.fullBecause());
        } catch (RuntimeException | Error e) {
            work.abandon(); // never leave a task writing into the staging folder being abandoned
            publisher.abandon(staging);
            if (inPlace) {
                memory.get().forget();
            }
            throw e;
        }
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
