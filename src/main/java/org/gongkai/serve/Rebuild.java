package org.gongkai.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.problem.Problem;

/**
 * One build of the preview.
 *
 * @param full whether the whole site was built (at start, or when what changed touches every page: a template,
 *     site.yaml, a page, a data file)
 * @param pages HTML pages written (in a rebuild of some pages, those whose content changed); 0 when the build failed
 * @param written the HTML pages a rebuild of some pages changed, by their path in the preview folder, sorted; empty for
 *     a full build (it writes them all) and when the build failed
 * @param problems errors that keep pages from updating (shown in the browser too), and warnings
 * @param files the changed files that caused it, relative to the site root; empty for the build at start
 * @param internalError a bug in Gongkai rather than a problem in the input
 */
public record Rebuild(boolean full, int pages, List<String> written, Duration elapsed, List<Problem> problems,
                      List<String> files, Optional<Throwable> internalError) {

    public Rebuild {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }

    /** Some input has errors (or Gongkai failed): the browser shows them over the last good pages. */
    public boolean failed() {
        return internalError.isPresent() || problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
