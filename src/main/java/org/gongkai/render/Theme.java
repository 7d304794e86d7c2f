package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A theme's templates ({@code templates/*.mustache}) and assets ({@code assets/**}, copied to {@code site/assets/}),
 * read into memory once. The built-in default theme (in the jar) is the base; a folder {@code themes/<name>/} under
 * the site root needs to hold only the files it changes, each replacing the built-in file of the same path, as in
 * Hugo and Zola. Each file remembers where it came from, so an error names the file the user wrote.
 */
public final class Theme {

    static final String BUILT_IN = "org/gongkai/theme/default/";

    private static final String BUILT_IN_ORIGIN = "built-in default theme";

    private final String origin;
    private final Map<String, String> templates;
    private final Map<String, byte[]> assets;
    /** Where each template came from: the theme folder's origin for an override, else the built-in one. */
    private final Map<String, String> templateOrigins;

    private Theme(String origin, Map<String, String> templates, Map<String, byte[]> assets,
                  Map<String, String> templateOrigins) {
        this.origin = origin;
        this.templates = Map.copyOf(templates);
        this.assets = Map.copyOf(assets);
        this.templateOrigins = Map.copyOf(templateOrigins);
    }

    public static Optional<Theme> locate(Path siteRoot, String name, Problems problems) {
        Path folder = siteRoot.resolve("themes").resolve(name);
        if (Files.isDirectory(folder)) {
            return Optional.of(builtIn().overriddenBy(read(folder, "themes/" + name)));
        }
        if (name.equals("default")) {
            return Optional.of(builtIn());
        }
        problems.add(Problem.error(SourcePosition.of("content/site.yaml"),
                Text.of("render.themeMissing", name), Text.of("render.themeMissing.hint")));
        return Optional.empty();
    }

    /** The default theme shipped in the jar (or in target/classes when run from the build). */
    public static Theme builtIn() {
        URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + "templates/base.mustache");
        if (marker == null) {
            throw new IllegalStateException("the built-in theme is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/" + BUILT_IN), BUILT_IN_ORIGIN);
                }
            }
            return read(Path.of(uri).getParent().getParent(), BUILT_IN_ORIGIN);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme", e);
        }
    }

    private static Theme read(Path folder, String origin) {
        Map<String, String> templates = new TreeMap<>();
        Map<String, byte[]> assets = new TreeMap<>();
        Path templateDir = folder.resolve("templates");
        Path assetDir = folder.resolve("assets");
        try {
            if (Files.isDirectory(templateDir)) {
                try (Stream<Path> walk = Files.walk(templateDir)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        templates.put(relative(templateDir, file), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            if (Files.isDirectory(assetDir)) {
                try (Stream<Path> walk = Files.walk(assetDir)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        assets.put(relative(assetDir, file), Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme " + origin, e);
        }
        Map<String, String> origins = new TreeMap<>();
        templates.keySet().forEach(name -> origins.put(name, origin));
        return new Theme(origin, templates, assets, origins);
    }

    /** This theme with every file of {@code override} put in place of the file of the same path. */
    private Theme overriddenBy(Theme override) {
        Map<String, String> mergedTemplates = new TreeMap<>(templates);
        mergedTemplates.putAll(override.templates);
        Map<String, byte[]> mergedAssets = new TreeMap<>(assets);
        mergedAssets.putAll(override.assets);
        Map<String, String> origins = new TreeMap<>(templateOrigins);
        origins.putAll(override.templateOrigins);
        return new Theme(override.origin, mergedTemplates, mergedAssets, origins);
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    public String origin() {
        return origin;
    }

    /** The file a template came from, as shown in messages: {@code themes/blue/templates/partials/footer.mustache}. */
    public String templateFile(String name) {
        return templateOrigins.getOrDefault(name, origin) + "/templates/" + name;
    }

    /** Every file of the theme by its path in a theme folder ({@code templates/base.mustache}, {@code assets/css/site.css}). */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        templates.forEach((name, text) -> files.put("templates/" + name, text.getBytes(StandardCharsets.UTF_8)));
        assets.forEach((name, bytes) -> files.put("assets/" + name, bytes.clone()));
        return files;
    }

    /** Template sources by path below {@code templates/}, e.g. {@code report.mustache}. */
    public Map<String, String> templates() {
        return templates;
    }

    /** Asset bytes by path below {@code assets/}, e.g. {@code css/site.css}. */
    public Map<String, byte[]> assets() {
        return assets;
    }
}
