package org.gongkai.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to build and how.
 *
 * @param source the site root (holds {@code content/}, optionally {@code themes/})
 * @param out the published folder, swapped in atomically ({@code source/site} by default)
 * @param baseUrl overrides {@code base_url} of site.yaml when not empty
 * @param strict warnings fail the build too
 * @param portable every internal link ends in {@code index.html} (as {@code portable: true} in site.yaml)
 * @param cache keep the cache in {@code .gongkai/} and render only what changed since the last build ({@code gongkai
 *              build}; the preview and check render everything)
 * @param clean with {@code cache}: render everything this once (and keep the cache for the next build)
 */
public record BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean strict, boolean portable,
                           boolean cache, boolean clean) {

    public BuildOptions {
        Objects.requireNonNull(source, "source must not be null");
        source = source.toAbsolutePath().normalize();
        out = out == null ? source.resolve("site") : out.toAbsolutePath().normalize();
        baseUrl = baseUrl == null ? "" : baseUrl;
    }

    public BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean strict) {
        this(source, out, drafts, baseUrl, strict, false);
    }

    public BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean strict, boolean portable) {
        this(source, out, drafts, baseUrl, strict, portable, false, false);
    }

    /** The options that change what a build makes, as the cache records them. */
    public String settings() {
        return List.of(drafts, baseUrl, portable, strict).toString();
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, null, false, "", false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(source, newOut, drafts, baseUrl, strict, portable, cache, clean);
    }

    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(source, out, newDrafts, baseUrl, strict, portable, cache, clean);
    }

    public BuildOptions withPortable(boolean newPortable) {
        return new BuildOptions(source, out, drafts, baseUrl, strict, newPortable, cache, clean);
    }

    /** With the cache of {@code .gongkai/}, as {@code gongkai build} runs; {@code clean} renders everything once. */
    public BuildOptions withCache(boolean newClean) {
        return new BuildOptions(source, out, drafts, baseUrl, strict, portable, true, newClean);
    }
}
