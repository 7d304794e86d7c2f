package org.gongkai.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.gongkai.build.incremental.CacheStore;
import org.gongkai.build.incremental.KeptCache;
import org.gongkai.lint.ContentLint;
import org.gongkai.load.LoadMemory;
import org.gongkai.model.Site;
import org.gongkai.search.SearchMemory;

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
    /** The last good build's hash of every input but the reports; empty whenever {@link #loaded} is null. */
    private Optional<Known.Inputs> inputs = Optional.empty();
    private final Set<Path> changed = new HashSet<>();
    /** The last good build's theme and templates; empty whenever {@link #loaded} is null. */
    private Optional<Assembled> assembled = Optional.empty();
    /** What the content rules made of the last good build's data tables (taken again only for those very tables). */
    private Optional<ContentLint.DataChecked> dataChecked = Optional.empty();
    /** The search index the last good build published. */
    private Optional<SearchMemory> search = Optional.empty();
    private Optional<String> baseUrl = Optional.empty();

    /** Report files changed (edited, added or removed), by their absolute path. */
    public void reportsChanged(Set<Path> files) {
        changed.addAll(files);
    }

    /** Something besides reports changed (site.yaml, pages, data, static files, the theme), or the watcher lost count. */
    public void everythingChanged() {
        loaded = null;
        assembled = Optional.empty();
        inputs = Optional.empty();
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

    /** What the plan may take as the last build left it: the reports loaded unread, the other inputs when unchanged. */
    Known known(Set<String> takenOver) {
        return new Known(takenOver, Map.of(), inputs);
    }

    /** The theme and templates to take as they are: nothing but reports changed since the last good build. */
    Optional<Assembled> assembled() {
        return assembled;
    }

    /** The content rules' part for the data tables of the last good build (the session checks they are these tables). */
    Optional<ContentLint.DataChecked> dataChecked() {
        return dataChecked;
    }

    /** What the preview's folder holds of the search index, as the last good build wrote it. */
    Optional<SearchMemory> search() {
        return search;
    }

    CacheStore cache() {
        return cache;
    }

    /**
     * What a build that published leaves for the next one: what it loaded, its hash of the inputs but the reports,
     * its theme and templates, and the content rules' part for its data tables.
     */
    record Kept(LoadMemory loaded, Optional<Known.Inputs> inputs, Assembled assembled, ContentLint.DataChecked data) {
    }

    /** The build published {@code site}, and {@code search} of its index: what it kept is what the next one takes over. */
    void built(Site site, Kept kept, Optional<SearchMemory> search) {
        loaded = kept.loaded();
        inputs = kept.inputs();
        assembled = Optional.of(kept.assembled());
        dataChecked = Optional.of(kept.data());
        this.search = search;
        changed.clear();
        baseUrl = site.config().base();
    }

    /**
     * Starts over: the next build loads and renders everything (a build that was writing into the preview's folder
     * failed, so the folder is no longer what the cache describes).
     */
    public void forget() {
        cache.delete();
        search = Optional.empty();
        everythingChanged();
    }
}
