package org.gongkai.load;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Paths of a site root and how they are named in messages (relative, with {@code /}). */
public final class SitePaths {

    /** What a slug or URL segment may contain: URL paths are ASCII. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path root;

    public SitePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path siteYaml() {
        return content().resolve("site.yaml");
    }

    public Path reports() {
        return content().resolve("reports");
    }

    public Path pages() {
        return content().resolve("pages");
    }

    public Path staticFiles() {
        return content().resolve("static");
    }

    public Path data() {
        return content().resolve("data");
    }

    public Path themes() {
        return root.resolve("themes");
    }

    /** Where {@code gongkai build} keeps what the next build needs to render only what changed; never published. */
    public Path cache() {
        return root.resolve(".gongkai");
    }

    /** What git should leave out of a site root: the built site, the build's cache and a build's leftovers. */
    public static final String GITIGNORE = "/site/\n/.gongkai/\n/.site.staging-*/\n/.site.previous-*/\n/.site.lock\n";

    /** The path as messages show it: relative to the site root, with forward slashes. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

    /** The file name without its {@code .md} extension. */
    public static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
