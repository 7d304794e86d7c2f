package org.gongkai.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * Every file under a folder with its attributes (links not followed), named relative to the folder with {@code /}:
 * the stamps of 25,000 files are taken before every build, and the report files' on every load. Where the system
 * allows it, each file's attributes are read relative to its open folder ({@code fstatat}, as {@code find} does)
 * instead of by its whole path, which takes about half the time; elsewhere by {@link Files#walkFileTree}.
 */
public final class FileWalk {

    /** Hears of each file that is not a folder. */
    public interface Visitor {
        void file(String name, Path path, BasicFileAttributes attributes) throws IOException;
    }

    private FileWalk() {
    }

    /** The attributes of the file a link leads to (a link counts as that file), else {@code attributes} themselves. */
    public static BasicFileAttributes followed(Path path, BasicFileAttributes attributes) throws IOException {
        return attributes.isSymbolicLink() ? Files.readAttributes(path, BasicFileAttributes.class) : attributes;
    }

    /** Every file under {@code folder}, in the sub-folders too. */
    public static void walk(Path folder, Visitor visitor) throws IOException {
        walk(folder, true, visitor);
    }

    /** The files in {@code folder}, and in its sub-folders when {@code deep}. */
    public static void walk(Path folder, boolean deep, Visitor visitor) throws IOException {
        try (DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
            if (top instanceof SecureDirectoryStream<Path> secure) {
                walk(secure, "", deep, visitor);
                return;
            }
        }
        String name = folder.toString();
        int prefix = name.endsWith(folder.getFileSystem().getSeparator()) ? name.length() : name.length() + 1;
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), deep ? Integer.MAX_VALUE : 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        // at the depth limit a folder is visited as a file
                        if (!attributes.isDirectory()) {
                            visitor.file(file.toString().substring(prefix).replace('\\', '/'), file, attributes);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static void walk(SecureDirectoryStream<Path> folder, String prefix, boolean deep, Visitor visitor)
            throws IOException {
        for (Path entry : folder) {
            Path name = entry.getFileName();
            BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (attributes.isDirectory()) {
                if (deep) {
                    try (SecureDirectoryStream<Path> sub = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                        walk(sub, prefix + name + "/", true, visitor);
                    }
                }
            } else {
                visitor.file(prefix + name, entry, attributes);
            }
        }
    }
}
