package org.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.publish.BuildLock;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * Guards the output folder: a build replaces it whole, so it must never be the site root, hold the content,
 * or be a folder of other files (a mistyped {@code --out ~/Documents}).
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void check(BuildOptions options, Problems problems) {
        Path out = options.out();
        Path source = options.source();
        if (source.startsWith(out) || out.startsWith(source.resolve("content")) || out.startsWith(source.resolve("themes"))) {
            problems.add(Problem.error(SourcePosition.of(out.toString()),
                    Text.of("build.out.ownFiles"), Text.of("build.out.ownFiles.hint")));
            return;
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve("index.html"))) {
            problems.add(Problem.error(SourcePosition.of(out.toString()),
                    Text.of("build.out.notASite"), Text.of("build.out.notASite.hint")));
        } else if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add(Problem.error(SourcePosition.of(out.toString()), Text.of("build.out.file"),
                    Text.of("build.out.file.hint")));
        }
    }

    /** Takes the output folder's build lock; when another build holds it, reports that instead. */
    static Optional<BuildLock> lock(BuildOptions options, Problems problems) {
        Optional<BuildLock> lock = BuildLock.tryAcquire(options.out());
        if (lock.isEmpty()) {
            problems.add(Problem.error(SourcePosition.of(options.out().toString()),
                    Text.of("build.out.locked"), Text.of("build.out.locked.hint")));
        }
        return lock;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
