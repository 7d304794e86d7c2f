package org.gongkai.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.build.incremental.Fingerprints;
import org.gongkai.build.incremental.UpToDate;
import org.gongkai.lint.ContentLint;
import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problem;
import org.gongkai.publish.Changes;
import org.gongkai.work.BuildWork;

/**
 * A build's look, before it loads anything, at whether anything changed since the last one ({@link UpToDate}); when
 * nothing did, its result is the published site's and what the last build said.
 */
final class Unchanged {

    private Unchanged() {
    }

    /** The input files' stamps, and whether all are as the last build left them; nothing without the cache. */
    static UpToDate look(BuildOptions options, BuildWork work) {
        if (!options.cache()) {
            return UpToDate.none();
        }
        SitePaths paths = new SitePaths(options.source());
        return UpToDate.look(paths.cache(), Fingerprints.tool() + "\n" + options.out() + "\n"
                        + options.settings(), paths.root(), List.of(paths.content(), paths.themes()),
                options.out(), options.clean(), work);
    }

    /** The result of a build that found nothing changed: the published site's counts, the last build's notices. */
    static BuildResult result(UpToDate.Record same, List<Problem> problems, Duration elapsed) {
        return result(same.pages(), same.files(), problems, same.rules(), elapsed);
    }

    /** The result of a build that changed nothing of a published site of {@code pages} pages in {@code files} files. */
    static BuildResult result(int pages, int files, List<Problem> problems, ContentLint.Result rules, Duration elapsed) {
        return new BuildResult(pages, files, new Changes(List.of(), List.of(), List.of(), files), problems, rules,
                elapsed, 0, pages, Optional.empty());
    }
}
