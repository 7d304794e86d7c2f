package org.gongkai.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gongkai.load.SitePaths;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;

/**
 * {@code gongkai new theme NAME}: the whole built-in theme copied into {@code themes/NAME/}, for a clerk who wants
 * to change much of it. All or nothing, like the other new files: one existing file and nothing is written.
 */
public final class ThemeCopy {

    private ThemeCopy() {
    }

    /**
     * @param files the built-in theme's files by their path in a theme folder ({@code templates/base.mustache})
     * @return the files written, empty when nothing was
     */
    public static List<Path> create(SitePaths paths, String name, Map<String, byte[]> files, Problems problems) {
        if (!Files.isDirectory(paths.content())) {
            problems.add(SiteSkeleton.noSite(paths));
            return List.of();
        }
        Path folder = paths.themes().resolve(name);
        NewFiles copy = new NewFiles(paths::display);
        files.forEach((file, bytes) -> copy.add(folder.resolve(file), bytes));
        return copy.write(Text.of("scaffold.exists.theme.hint", name), problems);
    }
}
