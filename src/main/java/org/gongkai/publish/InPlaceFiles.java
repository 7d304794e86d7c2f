package org.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;


/**
 * Writes files straight into a served folder (the preview's, when a rebuild renders only some pages). Each file is
 * written beside its target and renamed over it, so a request never sees half a page. Thread-safe: files are
 * independent.
 */
final class InPlaceFiles {

    private static final int RENAME_ATTEMPTS = 5;

    private final Path root;

    InPlaceFiles(Path root) {
        this.root = root;
    }

    /** Writes {@code content} unless the file holds it already (a rebuild renders more than changes); whether it wrote. */
    boolean write(String path, byte[] content) {
        Path target = target(path);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".gongkai-", ".tmp");
            Files.write(temporary, content);
            replace(temporary, target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into " + root, e);
        }
    }

    /** Deletes a file and the folders it leaves empty. */
    void delete(String path) {
        Path target = target(path);
        try {
            Files.deleteIfExists(target);
            for (Path dir = target.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
                Files.delete(dir);
            }
        } catch (DirectoryNotEmptyException e) {
            // the folder still holds other pages
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + " from " + root, e);
        }
    }

    private Path target(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("output path outside the folder: " + path);
        }
        return target;
    }
    /** Windows refuses to replace a file a reader has open; the reader is done after a moment. */
    private static void replace(Path temporary, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AccessDeniedException e) {
                if (attempt == RENAME_ATTEMPTS) {
                    Files.deleteIfExists(temporary);
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
