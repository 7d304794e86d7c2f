package org.gongkai.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and how.
 *
 * @param source the site root (holds {@code content/}, optionally {@code themes/})
 * @param out the published folder, swapped in atomically ({@code source/site} by default)
 * @param baseUrl overrides {@code base_url} of site.yaml when not empty
 * @param strict warnings fail the build too
 * @param portable every internal link ends in {@code index.html} (as {@code portable: true} in site.yaml)
 */
public record BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean strict, boolean portable) {

    public BuildOptions {
        Objects.requireNonNull(source, "source must not be null");
        source = source.toAbsolutePath().normalize();
        out = out == null ? source.resolve("site") : out.toAbsolutePath().normalize();
        baseUrl = baseUrl == null ? "" : baseUrl;
    }

    public BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean strict) {
        this(source, out, drafts, baseUrl, strict, false);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, null, false, "", false);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(source, newOut, drafts, baseUrl, strict, portable);
    }

    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(source, out, newDrafts, baseUrl, strict, portable);
    }

    public BuildOptions withPortable(boolean newPortable) {
        return new BuildOptions(source, out, drafts, baseUrl, strict, newPortable);
    }
}
