package org.gongkai.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;

/**
 * What a batch of changed files asks for: nothing (editor leftovers), re-reading some reports, or a full build.
 * A report is the only input whose effect is known exactly; site.yaml, pages (footer links on every page),
 * static files (attachment sizes), data files, the theme and folder moves rebuild everything.
 */
record ChangeSet(boolean full, Set<Path> reports, List<String> files) {

    boolean isEmpty() {
        return !full && reports.isEmpty();
    }

    /** Editor swap and backup files (.x.md.swp, x.md~, ~$x.docx) are skipped, as the loader skips them. */
    static ChangeSet classify(SitePaths paths, SourceWatcher.Batch batch) {
        boolean full = batch.overflow();
        Set<Path> reports = new TreeSet<>();
        List<String> files = new ArrayList<>();
        for (Path path : batch.paths()) {
            if (SiteLoader.isHidden(path)) {
                continue;
            }
            boolean markdown = path.getFileName().toString().endsWith(".md");
            boolean folder = batch.directories().contains(path);
            if (folder && path.startsWith(paths.reports()) && !path.equals(paths.reports()) && Files.isDirectory(path)) {
                // a new folder of reports: the watcher put the files inside into the batch; a removed one needs a full build
                continue;
            }
            if (path.startsWith(paths.reports()) && !folder) {
                if (!markdown) {
                    continue;
                }
                reports.add(path);
            } else if (path.startsWith(paths.pages()) && !folder && !markdown) {
                continue;
            } else {
                full = true;
            }
            files.add(paths.display(path));
        }
        return new ChangeSet(full, reports, files);
    }
}
