package org.gongkai.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.gongkai.build.incremental.CacheFile;
import org.gongkai.build.incremental.CachedReport;
import org.gongkai.build.incremental.Fingerprints;
import org.gongkai.build.incremental.InputStamps;
import org.gongkai.build.incremental.RebuildPlan;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.SiteRenderer;
import org.gongkai.work.BuildWork;

/**
 * What a build's plan takes from the last build's cache instead of working it out again: a report's fingerprint
 * while its file is as the last build read it, its page's context while the index is what it was, and the hash of
 * the other inputs while their files are as they were.
 */
final class TakenFromCache {

    private TakenFromCache() {
    }

    /**
     * Each report's fingerprint and page context, on a pool thread (a full build needs them only for the next build's
     * cache: they are worked out while it renders).
     *
     * @param indexKey this build's {@link Fingerprints#index}: the pages' contexts follow from the index
     */
    static BuildWork.Task<Map<String, RebuildPlan.Stamp>> stamps(Site site, ReportIndex index, String context,
                                                               String indexKey, CacheFile.Read read, Known known,
                                                               BuildWork work) {
        Map<String, CachedReport> cached = read instanceof CacheFile.Found found ? found.cache().reports() : Map.of();
        Map<String, CachedReport> before = read instanceof CacheFile.Found found && found.cache().index().equals(indexKey)
                ? cached : Map.of();
        return work.fork(() -> Map.copyOf(site.reports().parallelStream().collect(Collectors.toConcurrentMap(
                Report::sourcePath, report -> new RebuildPlan.Stamp(
                        cached.containsKey(report.sourcePath())
                                && known.unchanged(report.sourcePath(), cached.get(report.sourcePath()).stamp())
                                ? cached.get(report.sourcePath()).fingerprint() : Fingerprints.report(report),
                        before.containsKey(report.sourcePath()) ? before.get(report.sourcePath()).context()
                                : Fingerprints.context(SiteRenderer.pageContext(report, index), context))))));
    }

    /**
     * The hash of every input but the reports: the preview's while only reports changed, else the last build's while
     * every other input file has the stamp it had then ({@code now}), else worked out on a pool thread (a full build
     * asks for it only when it writes the cache).
     */
    static Supplier<String> inputsHash(SitePaths paths, String settings, CacheFile.Read read, Known known,
                                       Optional<InputStamps> now, BuildWork work) {
        Optional<String> taken = known.inputs().filter(kept -> kept.settings().equals(settings)).map(Known.Inputs::hash)
                .or(() -> read instanceof CacheFile.Found found && now.isPresent() && now.get().equals(found.cache().inputStamps())
                        ? Optional.of(found.cache().inputs()) : Optional.empty());
        return taken.isPresent() ? taken::get : work.fork(() -> Fingerprints.inputs(paths.root(),
                List.of(paths.content(), paths.themes()), paths.reports(), settings))::join;
    }
}
