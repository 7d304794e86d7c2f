package org.gongkai.build.incremental;

/** The preview's cache: held in memory from one rebuild to the next, never written to disk. Used by one thread at a time. */
public final class KeptCache implements CacheStore {

    private BuildCache kept;

    @Override
    public CacheFile.Read read() {
        return kept == null ? new CacheFile.Missing() : new CacheFile.Found(kept);
    }

    @Override
    public void write(BuildCache cache) {
        kept = cache;
    }

    @Override
    public void delete() {
        kept = null;
    }

    @Override
    public boolean ownsSite() {
        return true;
    }
}
