package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.model.StaticFile;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** The files of {@code content/static/}, published as they are, in path order; editor leftovers left out. */
final class StaticFiles {

    private StaticFiles() {
    }

    static List<StaticFile> in(SitePaths paths, Problems problems) {
        Path dir = paths.staticFiles();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !SiteLoader.isHidden(p))
                    .sorted()
                    .map(p -> new StaticFile(p, dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(paths.display(dir)), Text.of("load.folder.unreadable", IoReason.of(e)),
                    Text.NONE));
            return List.of();
        }
    }
}
