package org.gongkai.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.build.incremental.Fingerprints;
import org.gongkai.build.incremental.UpToDate;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problem;
import org.gongkai.publish.Changes;

/**
 * A build's look, before it loads anything, at whether anything changed since the last one ({@link UpToDate}); when
 * nothing did, its result is the published site's and what the last build said.
 */
final class Unchanged {

    private Unchanged() {
    }

    /** The input files' stamps, and whether all are as the last build left them; nothing without the cache. */
    static UpToDate look(BuildOptions options) {
        if (!options.cache()) {
            return UpToDate.none();
        }
        SitePaths paths = new SitePaths(options.source());
        return UpToDate.look(paths.cache(), Fingerprints.tool() + "\n" + options.out() + "\n"
                        + Incremental.settings(options), paths.root(), List.of(paths.content(), paths.themes()),
                options.out(), options.clean());
    }

    /** The result of a build that found nothing changed: the published site's counts, the last build's notices. */
    static BuildResult result(UpToDate.Record same, List<Problem> problems, Duration elapsed) {
        return new BuildResult(same.pages(), same.files(), new Changes(List.of(), List.of(), List.of(), same.files()),
                problems, same.rules(), elapsed, 0, same.pages(), Optional.empty());
    }
}
