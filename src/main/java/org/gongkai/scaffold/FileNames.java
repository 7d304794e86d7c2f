package org.gongkai.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.load.SitePaths;

/** ASCII file names for new content: the file name is the page's address, and URL paths are ASCII. */
final class FileNames {

    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-.+");

    private FileNames() {
    }

    static boolean isValidSlug(String slug) {
        return SitePaths.SLUG.matcher(slug).matches() && !slug.endsWith(".md");
    }

    static boolean isDated(String slug) {
        return DATED.matcher(slug).matches();
    }

    /** The names without {@code .md} of every Markdown file below {@code dir}: a slug must be unique in the whole folder. */
    static Set<String> existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever is not taken yet. */
    static String firstFree(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
