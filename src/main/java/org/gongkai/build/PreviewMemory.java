package org.gongkai.build;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.gongkai.build.incremental.CacheStore;
import org.gongkai.build.incremental.KeptCache;
import org.gongkai.load.LoadMemory;
import org.gongkai.model.Site;

/**
 * What the preview keeps from one build to the next, so that its rebuild is the build over what changed: the cache
 * (in memory rather than in {@code .gongkai/}), what the last good build loaded, and which report files changed
 * since then (all of them since the last build that succeeded: a failed one took nothing in). Used by one thread at
 * a time, the preview's watcher.
 */
public final class PreviewMemory {

    private final KeptCache cache = new KeptCache();
    /** What the last good build loaded; null before the first and after a change to more than reports. */
    private LoadMemory loaded;
    private final Set<Path> changed = new HashSet<>();
    private Optional<String> baseUrl = Optional.empty();

    /** Report files changed (edited, added or removed), by their absolute path. */
    public void reportsChanged(Set<Path> files) {
        changed.addAll(files);
    }

    /** Something besides reports changed (site.yaml, pages, data, static files, the theme), or the watcher lost count. */
    public void everythingChanged() {
        loaded = null;
        changed.clear();
    }

    /** The site's {@code base_url} in the last good build, which the preview points back at itself. */
    public Optional<String> baseUrl() {
        return baseUrl;
    }

    /** What the next load may take over (nothing after a change to more than reports). */
    LoadMemory.Reuse reuse() {
        return new LoadMemory.Reuse(loaded == null ? LoadMemory.NONE : loaded, changed, false);
    }

    CacheStore cache() {
        return cache;
    }

    /** The build published {@code site}: what it loaded is what the next one takes over. */
    void built(Site site, LoadMemory memory) {
        loaded = memory;
        changed.clear();
        baseUrl = site.config().base();
    }

    /**
     * Starts over: the next build loads and renders everything (a build that was writing into the preview's folder
     * failed, so the folder is no longer what the cache describes).
     */
    public void forget() {
        cache.delete();
        everythingChanged();
    }
}
