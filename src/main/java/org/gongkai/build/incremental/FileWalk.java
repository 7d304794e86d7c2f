package org.gongkai.build.incremental;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every file under a folder with its attributes (links not followed), named relative to the folder with {@code /}:
 * the stamps of 25,000 files are taken before every build. Where the system allows it, each file's attributes are
 * read relative to its open folder ({@code fstatat}, as {@code find} does) instead of by its whole path, which takes
 * about half the time; elsewhere by {@link Files#walkFileTree}.
 */
final class FileWalk {

    /** Hears of each file that is not a folder. */
    interface Visitor {
        void file(String name, Path path, BasicFileAttributes attributes) throws IOException;
    }

    private FileWalk() {
    }

    static void walk(Path folder, Visitor visitor) throws IOException {
        try (DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
            if (top instanceof SecureDirectoryStream<Path> secure) {
                walk(secure, "", visitor);
                return;
            }
        }
        int prefix = PublishedFiles.prefix(folder);
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                visitor.file(file.toString().substring(prefix).replace('\\', '/'), file, attributes);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void walk(SecureDirectoryStream<Path> folder, String prefix, Visitor visitor) throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (attributes.isDirectory()) {
                try (SecureDirectoryStream<Path> sub = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    walk(sub, prefix + name + "/", visitor);
                }
            } else {
                visitor.file(prefix + name, entry, attributes);
            }
        }
    }
}
