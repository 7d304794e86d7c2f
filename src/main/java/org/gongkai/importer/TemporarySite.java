package org.gongkai.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.gongkai.load.SitePaths;

/** For {@code --dry-run}: a throw-away site with the real site.yaml, where the drafts are written and checked. */
final class TemporarySite {

    private TemporarySite() {
    }

    static Path withConfigOf(SitePaths paths) {
        try {
            Path root = Files.createTempDirectory("gongkai-import-");
            Files.createDirectories(root.resolve("content"));
            if (Files.isRegularFile(paths.siteYaml())) {
                Files.copy(paths.siteYaml(), new SitePaths(root).siteYaml());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for --dry-run", e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder the system cleans up anyway
        }
    }
}
