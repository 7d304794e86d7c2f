package org.gongkai.build.incremental;

import java.io.Serializable;
import java.util.Map;

import org.gongkai.load.FileStamp;

/**
 * What the last successful build knew, kept in {@code .gongkai/} for the next one.
 *
 * @param tool which Gongkai wrote it ({@link Fingerprints#tool()}): another version renders differently
 * @param out the published folder it describes
 * @param inputs the hash of every input but the reports (site.yaml, pages, data, static files, the theme, the options)
 * @param index the hash of what the report index is made of ({@link Fingerprints#index})
 * @param listing the hash of what the lists, the home page, the catalogue, the feeds and the data pages show of the
 *                reports
 * @param reports each report by its file, relative to the site root
 * @param published every file of the published folder, by its path there
 * @param inputStamps the stamps {@code inputs} was worked out from; null when one had changed just before the build
 */
public record BuildCache(String tool, String out, String inputs, String index, String listing, Map<String, CachedReport> reports,
                         Map<String, FileStamp> published, InputStamps inputStamps) implements Serializable {

    public BuildCache {
        // a cache of another shape (an older Gongkai's) reads back with fields missing: refused, so a full build runs
        java.util.Objects.requireNonNull(tool, "tool");
        java.util.Objects.requireNonNull(out, "out");
        java.util.Objects.requireNonNull(inputs, "inputs");
        java.util.Objects.requireNonNull(index, "index");
        java.util.Objects.requireNonNull(listing, "listing");
        reports = Map.copyOf(reports);
        published = Map.copyOf(published);
    }
}
