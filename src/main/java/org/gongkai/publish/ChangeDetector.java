package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares a staged site with the published one, file by file (size first, then bytes). */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /**
     * @param stagedFiles the files of {@code staged}, as the staging folder recorded them while they were written
     * @param carried     those of them taken over from the published site as they are: not compared
     * @param known       the published site's files when the build knows them (an incremental build checked them)
     */
    static Changes compare(Set<String> stagedFiles, Set<String> carried, Path staged, Path published,
                           Optional<Set<String>> known) {
        Set<String> newFiles = new TreeSet<>(stagedFiles);
        Set<String> oldFiles = known.isPresent() ? known.get() : Files.isDirectory(published) ? list(published) : Set.of();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int unchanged = 0;
        for (String path : newFiles) {
            if (!oldFiles.contains(path)) {
                added.add(path);
            } else if (!carried.contains(path) && differ(staged.resolve(path), published.resolve(path))) {
                changed.add(path);
            } else {
                unchanged++;
            }
        }
        for (String path : oldFiles) {
            if (!newFiles.contains(path)) {
                removed.add(path);
            }
        }
        return new Changes(added, changed, removed, unchanged);
    }

    private static boolean differ(Path a, Path b) {
        try {
            // a file an incremental build took over is a link to the published one: the same file, not read
            return !Files.isSameFile(a, b) && (Files.size(a) != Files.size(b) || Files.mismatch(a, b) != -1);
        } catch (IOException e) {
            return true;
        }
    }

    private static Set<String> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
