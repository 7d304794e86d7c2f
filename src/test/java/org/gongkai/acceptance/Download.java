package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The download for office PCs, {@code target/gongkai-<version>.zip}, unzipped as a user would, and the folders
 * of programs a PATH is made of: java and the few tools a shell script needs, never Maven.
 */
final class Download {

    private static final Pattern NAME = Pattern.compile("gongkai-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\.zip");

    /** What the launcher script calls besides java; a PATH of these and java has no mvn. */
    static final List<String> SHELL_TOOLS = List.of("sh", "dirname", "readlink", "sed", "head", "rm", "mv", "mktemp");

    private Download() {
    }

    static Path zip() {
        try (Stream<Path> files = Files.list(ShippedTool.HOME.resolve("target"))) {
            List<Path> zips = files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList();
            assertThat(zips).as("target/gongkai-<version>.zip; run mvn package first").hasSize(1);
            return zips.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unzips the download into {@code dir} with the files' modes, and returns its one folder, gongkai-<version>/. */
    static Path unzip(Path dir) throws IOException {
        return unzip(zip(), dir);
    }

    /** Unzips {@code file} into {@code dir} with the files' modes; returns its one folder, named as the zip. */
    static Path unzip(Path file, Path dir) throws IOException {
        String folder = file.getFileName().toString().replaceFirst("\\.zip$", "");
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                assertThat(entry.getName()).startsWith(folder + "/");
                Path to = dir.resolve(entry.getName()).normalize();
                assertThat(to.startsWith(dir)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, to);
                }
                Files.setPosixFilePermissions(to, permissions(entry.getUnixMode()));
            }
        }
        return dir.resolve(folder);
    }

    /** The Unix mode bits of an entry, as unzip(1) restores them: rwx for owner, group and others. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    /** A folder of links to the shell tools, found on this machine's PATH. */
    static Path shellTools(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String tool : SHELL_TOOLS) {
            Files.createSymbolicLink(dir.resolve(tool), onPath(tool));
        }
        return dir;
    }

    /** A folder holding only a link to {@code java} of the given home. */
    static Path javaOnly(Path dir, Path javaHome) throws IOException {
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve("java"), javaHome.resolve("bin/java"));
        return dir;
    }

    /** A PATH of these folders, checked to hold no Maven. */
    static String path(Path... dirs) {
        StringBuilder path = new StringBuilder();
        for (Path dir : dirs) {
            assertThat(dir.resolve("mvn")).doesNotExist();
            path.append(path.isEmpty() ? "" : File.pathSeparator).append(dir);
        }
        return path.toString();
    }

    /** A stand-in {@code java} (a shell script) in {@code dir}. */
    static Path fakeJava(Path dir, String script) throws IOException {
        Files.createDirectories(dir);
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(java, permissions(0755));
        return dir;
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on this machine's PATH");
    }
}
