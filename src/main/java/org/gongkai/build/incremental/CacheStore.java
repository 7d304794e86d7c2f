package org.gongkai.build.incremental;

/**
 * Where the last build's cache is kept: {@code .gongkai/} for {@code gongkai build} ({@link CacheFile}), memory for
 * the preview ({@link KeptCache}). Either way it describes a site that was published, or is absent.
 */
public interface CacheStore {

    CacheFile.Read read();

    /** Keeps {@code cache} for the next build; when that fails, forgets the old one. */
    void write(BuildCache cache);

    /** Forgets the cache: the next build is a full one. */
    void delete();

    /**
     * Whether nothing but the builds that keep this cache writes into the published folder (the preview's own
     * temporary folder): then what the cache lists is what the folder holds, and it is not walked to be sure.
     */
    default boolean ownsSite() {
        return false;
    }
}
