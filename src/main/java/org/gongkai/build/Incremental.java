package org.gongkai.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.gongkai.build.incremental.BuildCache;
import org.gongkai.build.incremental.CacheFile;
import org.gongkai.build.incremental.CacheStore;
import org.gongkai.build.incremental.CachedReport;
import org.gongkai.build.incremental.Fingerprints;
import org.gongkai.build.incremental.InputStamps;
import org.gongkai.build.incremental.PublishedFiles;
import org.gongkai.build.incremental.RebuildPlan;
import org.gongkai.build.incremental.UpToDate;
import org.gongkai.lint.ContentLint;
import org.gongkai.lint.ReportFindings;
import org.gongkai.load.FileStamp;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Text;
import org.gongkai.publish.StagingSite;
import org.gongkai.render.NavSection;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.Summaries;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchMemory;
import org.gongkai.work.BuildWork;

/**
 * One build's use of the cache in {@code .gongkai/}: which report pages it renders and checks, what it takes from the
 * last build for the others (summaries, findings, their published files), and the cache it leaves for the next one.
 * A build without the cache (the preview, check) renders everything and leaves the cache alone.
 */
final class Incremental {

    private final CacheStore file;
    private final RebuildPlan plan;
    private final RebuildPlan.Inputs inputs;
    private final BuildWork.Task<Map<String, RebuildPlan.Stamp>> stamps;
    private final Map<String, ReportFindings> found = new ConcurrentHashMap<>();
    private final Map<String, FileStamp> linked = new ConcurrentHashMap<>(); // published files carried as they are
    private final UpToDate upToDate;
    private final String settings;
    private final Known known;
    /** The stamps the other inputs' hash is of, when none changed just before the build. */
    private final Optional<InputStamps> inputStamps;
    private String listing; // what the lists show of the reports, once worked out (it takes every report's fields)

    private Incremental(CacheStore file, RebuildPlan plan, RebuildPlan.Inputs inputs,
                        BuildWork.Task<Map<String, RebuildPlan.Stamp>> stamps, UpToDate upToDate, String settings,
                        Known known, Optional<InputStamps> inputStamps) {
        this.settings = settings;
        this.known = known;
        this.inputStamps = inputStamps;
        this.file = file;
        this.plan = plan;
        this.inputs = inputs;
        this.stamps = stamps;
        this.upToDate = upToDate;
    }

    /**
     * The plan for a build of {@code site}: from the cache in {@code store} when there is one, else a full build;
     * {@code upToDate} is what {@link Unchanged#look} found (the published site's files, when it walked them).
     *
     * @param known what the preview knows to be as the last build left it
     */
    static Incremental plan(BuildOptions options, Optional<CacheStore> store, Site site, ReportIndex index,
                            List<NavSection> sections, Known known, UpToDate upToDate, BuildWork work) {
        if (store.isEmpty()) {
            return new Incremental(null, new RebuildPlan.Full(Optional.empty()), null, null, upToDate, options.settings(),
                    known, Optional.empty());
        }
        SitePaths paths = new SitePaths(options.source());
        String settings = options.settings();
        String context = sections.toString();
        String indexKey = Fingerprints.index(site.reports(), context);
        CacheStore file = store.get();
        CacheFile.Read read = file.read();
        BuildWork.Task<Map<String, RebuildPlan.Stamp>> stamps = TakenFromCache.stamps(site, index, context, indexKey, read,
                known, work);
        Optional<InputStamps> inputStamps = upToDate.inputFiles()
                .map(files -> InputStamps.of(settings, files, paths.display(paths.reports()) + "/"));
        Supplier<String> hash = TakenFromCache.inputsHash(paths, settings, read, known, inputStamps, work);
        RebuildPlan.Inputs inputs = new RebuildPlan.Inputs(Fingerprints.tool(), options.out().toString(), hash, indexKey);
        RebuildPlan plan = RebuildPlan.of(read, options.clean(), inputs,
                () -> file.ownsSite() && read instanceof CacheFile.Found found ? Optional.of(found.cache().published())
                        : upToDate.published().or(() -> PublishedFiles.of(options.out())), stamps::join);
        return new Incremental(file, plan, inputs, stamps, upToDate, settings, known,
                inputStamps.filter(taken -> taken.files().values().stream().noneMatch(upToDate::racy)));
    }

    /** This build's {@link Known.Inputs}, which a later one may take as they are when nothing but reports changed. */
    Optional<Known.Inputs> inputs() {
        return inputs == null ? Optional.empty() : Optional.of(new Known.Inputs(settings, inputs.inputsHash()));
    }

    /** The files of the published site, as the last build left them and this one found them (a full build: not known). */
    Optional<Set<String>> published() {
        return plan instanceof RebuildPlan.Partial partial ? Optional.of(partial.cache().published().keySet()) : Optional.empty();
    }

    boolean full() {
        return plan instanceof RebuildPlan.Full;
    }

    /** Why the cache was not used, when that is news to the user (it was there, but not to be trusted). */
    Optional<Text> fullBecause() {
        return plan instanceof RebuildPlan.Full full ? full.message() : Optional.empty();
    }

    /** Whether this build renders and checks the page of {@code report}. */
    boolean renders(Report report) {
        return !(plan instanceof RebuildPlan.Partial partial) || partial.render().contains(report.sourcePath());
    }

    /**
     * Whether the published site is already what this build would make: then nothing is rendered, staged or swapped
     * (and the cache, which still describes the site, stays).
     */
    boolean nothingChanged() {
        return plan instanceof RebuildPlan.Partial partial && partial.nothingChanged(stamps.join().keySet());
    }

    /**
     * The published site's counts, for a build that found nothing to change; records what it says, so that the next
     * build, when no stamp changed either, says it without loading the site.
     */
    BuildResult unchanged(List<Problem> problems, ContentLint.Result rules, Duration elapsed) {
        BuildCache cache = ((RebuildPlan.Partial) plan).cache();
        upToDate.save(cache.published(), problems, rules);
        int pages = (int) cache.published().keySet().stream().filter(path -> path.endsWith(".html")).count();
        return Unchanged.result(pages, cache.published().size(), problems, rules, elapsed);
    }

    /** Hands the reports that are not rendered again their summaries and findings of the last build. */
    void reuse(Site site, Summaries summaries, ContentLint.Session lint) {
        if (plan instanceof RebuildPlan.Partial partial) {
            for (Report report : site.reports()) {
                if (!renders(report)) {
                    CachedReport before = partial.cache().reports().get(report.sourcePath());
                    summaries.restore(report, before.summary());
                    lint.reuse(before.findings());
                    found.put(report.sourcePath(), before.findings());
                }
            }
        }
    }

    /**
     * Starts the search index: in an incremental build from the published one, counting only the documents of the
     * reports it renders again (every other input is what it was); {@code published} is what the preview knows of
     * that index.
     */
    SearchIndex search(BuildWork work, Site site, List<NavSection> sections, Summaries summaries, Path out,
                       Optional<SearchMemory> published) {
        if (plan instanceof RebuildPlan.Partial) {
            Set<String> changed = site.reports().stream().filter(this::renders)
                    .map(report -> OutputPaths.folder(OutputPaths.report(report.slug())))
                    .collect(Collectors.toSet());
            return published.map(last -> SearchIndex.start(work, site, sections, summaries, out, changed, last))
                    .orElseGet(() -> SearchIndex.start(work, site, sections, summaries, out, changed));
        }
        return SearchIndex.start(work, site, sections, summaries);
    }

    /** Keeps what the rules found in a report this build checked, for the next build. */
    void found(Report report, ReportFindings findings) {
        found.put(report.sourcePath(), findings);
    }

    /** Whether the pages other than the reports' own are rendered; after the reports are, whose summaries they show. */
    boolean rest(Site site, Summaries summaries) {
        return !(plan instanceof RebuildPlan.Partial partial) || partial.rest(listing(site, summaries));
    }

    /**
     * Takes every published file this build does not write from the published site into {@code staging}.
     *
     * @param rewritten the files this build writes whatever changed (the search index)
     */
    void carry(BuildWork work, Path out, StagingSite staging, boolean rest, Predicate<String> rewritten) {
        if (plan instanceof RebuildPlan.Partial partial) {
            Set<String> present = stamps.join().keySet();
            Predicate<String> carried = partial.carried(present, rest, rewritten);
            work.forEach(partial.cache().published().keySet().stream()
                    .filter(path -> !staging.has(path) && carried.test(path)).toList(),
                    path -> {
                        if (staging.carry(out.resolve(path), path)) {
                            linked.put(path, partial.cache().published().get(path));
                        }
                    });
        }
    }

    /**
     * Writes the cache for the next build, once this one has published {@code files}. (A build without the cache leaves
     * it: what it publishes has other file times, so the cache no longer matches the published site and is not trusted.)
     */
    void save(BuildOptions options, Site site, Summaries summaries, Set<String> files, List<Problem> problems,
              ContentLint.Result rules) {
        if (file == null) {
            return;
        }
        Optional<Map<String, FileStamp>> published = PublishedFiles.of(options.out(), files, linked);
        if (published.isEmpty()) {
            file.delete();
            return;
        }
        Map<String, CachedReport> reports = new HashMap<>();
        for (Report report : site.reports()) {
            RebuildPlan.Stamp stamp = stamps.join().get(report.sourcePath());
            ReportFindings findings = found.get(report.sourcePath());
            if (findings == null) {
                file.delete(); // not checked: the next build must check it
                return;
            }
            FileStamp listed = known.stamps().get(report.sourcePath());
            FileStamp trusted = listed == null || upToDate.racy(listed) ? null : listed;
            CachedReport before = plan instanceof RebuildPlan.Partial partial ? partial.cache().reports().get(report.sourcePath()) : null;
            if (before != null && !renders(report) && Objects.equals(before.stamp(), trusted)) {
                reports.put(report.sourcePath(), before); // not rendered: its fingerprint, summary and findings are these
                continue;
            }
            List<String> outputs = new ArrayList<>(report.aliases());
            outputs.add(OutputPaths.report(report.slug()));
            reports.put(report.sourcePath(), new CachedReport(stamp.fingerprint(), stamp.context(), summaries.of(report),
                    outputs, findings, trusted));
        }
        file.write(new BuildCache(inputs.tool(), inputs.out(), inputs.inputsHash(), inputs.index(), listing(site, summaries),
                reports, published.get(), inputStamps.orElse(null)));
        upToDate.save(published.get(), problems, rules);
    }

    /** Worked out after the reports are rendered, when their summaries are known; the same for the rest of the build. */
    private String listing(Site site, Summaries summaries) {
        if (listing == null) {
            listing = Fingerprints.listing(site.reports(), summaries::of);
        }
        return listing;
    }
}
