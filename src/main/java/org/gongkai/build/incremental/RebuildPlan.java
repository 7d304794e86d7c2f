package org.gongkai.build.incremental;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.gongkai.load.FileStamp;
import org.gongkai.problem.Text;

/**
 * What a build renders, worked out from the cache: everything (a full build), or the pages of the reports that
 * changed — and, when what the lists show of the reports changed, all the other pages too — taking every other file
 * from the published site.
 */
public sealed interface RebuildPlan {

    /** Why a build that could have been incremental is a full one; the build says so in one line. */
    enum Reason {
        OTHER_VERSION, DAMAGED, SITE_CHANGED
    }

    /** Everything is rendered; {@code reason} when the cache was there but could not be trusted. */
    record Full(Optional<Reason> reason) implements RebuildPlan {

        /** What the build says of the reason, in one line. */
        public Optional<Text> message() {
            return reason.map(why -> switch (why) {
                case OTHER_VERSION -> Text.of("build.cache.otherVersion");
                case DAMAGED -> Text.of("build.cache.damaged");
                case SITE_CHANGED -> Text.of("build.cache.siteChanged");
            });
        }
    }

    /**
     * @param render the reports (by file) whose pages are rendered and checked again
     * @param cache the last build's cache, whose other reports keep their summaries and findings
     */
    record Partial(Set<String> render, BuildCache cache) implements RebuildPlan {

        /**
         * Whether nothing needs rendering: no report changed and none went ({@code present} is every report now), so
         * the published site is already what a build would make of the input.
         */
        public boolean nothingChanged(Set<String> present) {
            return render.isEmpty() && cache.reports().keySet().equals(present);
        }

        /**
         * Whether the other pages (lists, home, catalogue, data pages, feeds …) are rendered: what they show of the
         * reports, {@code listing}, is not what it was.
         */
        public boolean rest(String listing) {
            return !cache.listing().equals(listing);
        }

        /**
         * Whether the published file {@code path} is taken over as it is: it belongs to a report that is not
         * rendered again, or — when the other pages are not rendered ({@code rest} false) — to no report, and is not
         * one that the build writes anyway ({@code rewritten}: the search index).
         */
        public Predicate<String> carried(Set<String> present, boolean rest, Predicate<String> rewritten) {
            Map<String, String> owners = new HashMap<>();
            cache.reports().forEach((file, report) -> report.outputs().forEach(output -> owners.put(output, file)));
            return path -> {
                String owner = owners.get(path);
                if (owner != null) {
                    return present.contains(owner) && !render.contains(owner);
                }
                return !rest && !rewritten.test(path);
            };
        }
    }

    /**
     * The plan for a build.
     *
     * @param clean the user asked for a full build
     * @param now what this build's inputs are
     * @param published the published site's files, walked only when the cache may be used
     * @param reports the reports' stamps by file, asked for only when the build may be incremental
     */
    public static RebuildPlan of(CacheFile.Read read, boolean clean, Inputs now,
                                 Supplier<Optional<Map<String, FileStamp>>> published, Supplier<Map<String, Stamp>> reports) {
        if (clean || read instanceof CacheFile.Missing) {
            return new Full(Optional.empty());
        }
        if (read instanceof CacheFile.OtherVersion) {
            return new Full(Optional.of(Reason.OTHER_VERSION));
        }
        if (!(read instanceof CacheFile.Found found)) {
            return new Full(Optional.of(Reason.DAMAGED));
        }
        BuildCache cache = found.cache();
        if (!cache.tool().equals(now.tool())) {
            return new Full(Optional.of(Reason.OTHER_VERSION));
        }
        if (!cache.out().equals(now.out()) || !cache.inputs().equals(now.inputsHash())) {
            return new Full(Optional.empty());
        }
        Optional<Map<String, FileStamp>> files = published.get();
        if (files.isEmpty() || !files.get().equals(cache.published())) {
            return new Full(Optional.of(Reason.SITE_CHANGED));
        }
        Set<String> render = new TreeSet<>();
        reports.get().forEach((file, report) -> {
            CachedReport before = cache.reports().get(file);
            if (before == null || !before.fingerprint().equals(report.fingerprint())
                    || !before.context().equals(report.context())) {
                render.add(file);
            }
        });
        return new Partial(render, cache);
    }

    /**
     * This build's inputs but the reports, as the cache records them; the hash of the input files is worked out (or
     * taken by their stamps) only when asked for: a full build asks only once it writes the cache.
     */
    public record Inputs(String tool, String out, Supplier<String> inputs, String index) {

        public String inputsHash() {
            return inputs.get();
        }
    }

    /** A report's fingerprint and page context. */
    public record Stamp(String fingerprint, String context) {
    }
}
