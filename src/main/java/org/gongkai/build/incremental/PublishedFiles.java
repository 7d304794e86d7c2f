package org.gongkai.build.incremental;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The files of a published site with their stamps, to tell whether it is still what the last build left. */
public final class PublishedFiles {

    private PublishedFiles() {
    }

    /** Every file under {@code out} by its path there ({@code /} separators); empty when it cannot be read. */
    public static Optional<Map<String, FileStamp>> of(Path out) {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        Map<String, FileStamp> files = new HashMap<>();
        try {
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.put(out.relativize(file).toString().replace('\\', '/'), FileStamp.of(attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
            return Optional.of(files);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
