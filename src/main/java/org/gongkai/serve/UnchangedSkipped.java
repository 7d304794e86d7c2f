package org.gongkai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.render.PageSink;

/**
 * A preview sink that leaves a file alone when it already holds the same bytes, and remembers which: pages that
 * are rendered as a group (the 目录's) are then reported, and reloaded in the browser, only where they changed.
 */
final class UnchangedSkipped implements PageSink {

    private final PreviewSink sink;
    private final Path root;
    private final Set<String> unchanged = ConcurrentHashMap.newKeySet();

    UnchangedSkipped(PreviewSink sink, Path root) {
        this.sink = sink;
        this.root = root;
    }

    @Override
    public void write(String path, byte[] content) {
        Path target = root.resolve(path);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                unchanged.add(path);
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " in the preview", e);
        }
        sink.write(path, content);
    }

    @Override
    public void copy(Path source, String path) {
        sink.copy(source, path);
    }

    boolean unchanged(String path) {
        return unchanged.contains(path);
    }
}
