package org.gongkai.build;

/**
 * The stages of a build, in the order it runs them (README, "Architecture"): the progress line names them, and a
 * build that stops says in which.
 */
public enum Stage {
    /** The output folder is checked and locked. */
    OUTPUT,
    /** site.yaml, reports, pages, static files and data tables become the model. */
    LOAD,
    /** The theme, the indexes, the check that no two outputs share an address, and what the cache lets the build reuse. */
    ASSEMBLE,
    /** The pages, with the content rules over each report as it is rendered. */
    RENDER,
    /** Feeds and sitemap, the files taken over, the swap. */
    PUBLISH;

    /** How problems name it ({@code BuildFailedException}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
