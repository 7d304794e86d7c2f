package org.gongkai.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies and fingerprints folders: "the previous site/ is untouched" is asserted byte for byte. */
final class Folders {

    private Folders() {
    }

    /** Every file under {@code root} by its relative path, with the SHA-256 of its bytes. */
    static Map<String, String> fingerprint(Path root) {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                prints.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return prints;
    }

    /** A copy of {@code source} in a new temporary folder. */
    static Path copy(Path source) {
        try {
            Path target = Files.createTempDirectory("gongkai-accept-");
            List<Path> all;
            try (Stream<Path> walk = Files.walk(source)) {
                all = walk.toList();
            }
            for (Path from : all) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the entries directly in {@code dir}, hidden ones included. */
    static List<String> entries(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
