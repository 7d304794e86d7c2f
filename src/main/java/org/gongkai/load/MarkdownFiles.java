package org.gongkai.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Markdown files of a content folder, in path order, each with the stamp it had when listed: one look at each
 * file's attributes serves both (the preview's load compares the stamp with the one a file was last read with). The
 * walk is the one the build's stamps are taken by ({@link FileWalk}), links followed the same way.
 */
final class MarkdownFiles {

    /**
     * A listed file, with its path from the site root as messages show it; its stamp is taken before it is read, so
     * an edit meanwhile is read next time.
     */
    record Listed(Path file, String shown, FileStamp stamp) {
    }

    private MarkdownFiles() {
    }

    /**
     * The {@code .md} files in {@code dir} (and its sub-folders when {@code recursive}) but hidden ones and editor
     * leftovers; each other file is handed to {@code notMarkdown}, in path order too.
     *
     * @param shown {@code dir} as messages show it: the files' names are made from it
     */
    static List<Listed> in(Path dir, String shown, boolean recursive, Consumer<Listed> notMarkdown) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Listed> files = new ArrayList<>();
        try {
            FileWalk.walk(dir, recursive, (name, path, attributes) -> {
                BasicFileAttributes target = FileWalk.followed(path, attributes);
                if (target.isRegularFile() && !SiteLoader.isHidden(path)) {
                    files.add(new Listed(path, shown + "/" + name, FileStamp.of(target)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> a.file().compareTo(b.file()));
        List<Listed> markdown = new ArrayList<>(files.size());
        for (Listed listed : files) {
            if (listed.file().getFileName().toString().endsWith(".md")) {
                markdown.add(listed);
            } else {
                notMarkdown.accept(listed);
            }
        }
        return markdown;
    }
}
