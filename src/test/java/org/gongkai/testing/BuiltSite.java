package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.gongkai.build.BuildResult;

/** A site that was built: its pages as Jsoup documents, its files, and the build's result. */
public record BuiltSite(Path dir, BuildResult result) {

    /** Parses an output page; fails the test when it does not exist. */
    public Document page(String path) {
        Path file = dir.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no page " + path + " in the built site; it has: " + files());
        }
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://test.invalid/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(dir.resolve(path));
    }

    public String text(String path) {
        try {
            return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(String path) {
        try {
            return Files.readAllBytes(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the site, relative, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
