package org.gongkai.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.PreviewMemory;
import org.gongkai.build.SiteBuild;
import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Keeps the preview folder up to date by running the build ({@link SiteBuild}) on every change, with what it keeps
 * from the last build ({@link PreviewMemory}): the build reads again only the report files that changed (everything
 * when more than reports changed) and renders only the pages whose inputs changed. A change with errors publishes
 * nothing: the browser shows the errors over the last good pages. Used by one thread at a time (the watcher);
 * {@link #problems()} may be read from any thread.
 */
final class SiteRebuilder {

    private final BuildOptions options;
    /** Hears the stages of the builds. */
    private final BuildListener progress;
    private final PreviewMemory memory = new PreviewMemory();
    private volatile List<Problem> shown = List.of();
    private volatile Optional<String> baseUrl = Optional.empty();

    SiteRebuilder(BuildOptions options, BuildListener progress) {
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
        if (changes.full()) {
            memory.everythingChanged();
        } else {
            memory.reportsChanged(changes.reports());
        }
        return build(changes.full(), changes.files());
    }

    /** The build at start, or one that starts over. */
    Rebuild buildAll(List<String> files) {
        memory.everythingChanged();
        return build(true, files);
    }

    /** @param full more than reports changed, so every page is rendered (unless nothing changed at all) */
    private Rebuild build(boolean full, List<String> files) {
        long started = System.nanoTime();
        try {
            BuildResult result = new SiteBuild().run(options, progress, memory);
            baseUrl = memory.baseUrl();
            shown = List.of();
            List<String> written = full ? List.of() : result.changes().changed().stream()
                    .filter(path -> path.endsWith(".html")).sorted().toList();
            return new Rebuild(full, full ? result.pages() : written.size(), written, since(started),
                    result.notices(), files, Optional.empty());
        } catch (BuildFailedException e) {
            shown = errorsOf(e.problems());
            return new Rebuild(full, 0, List.of(), since(started), e.problems(), files, Optional.empty());
        }
    }

    /** A bug stopped a rebuild: show it, and start over with a full build on the next change. */
    Rebuild internalFailure(RuntimeException e, List<String> files) {
        memory.forget();
        shown = List.of(new Problem(SourcePosition.of("gongkai"), Severity.ERROR, "internal",
                Text.of("serve.internal", e), Text.of("serve.internal.hint")));
        return new Rebuild(false, 0, List.of(), Duration.ZERO, List.of(), files, Optional.of(e));
    }

    private static List<Problem> errorsOf(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
