package org.gongkai.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A set of new files written all or nothing: when any of them exists already, none is written. Each file is
 * created with {@code CREATE_NEW}, so not even a file that appears meanwhile is overwritten.
 */
final class NewFiles {

    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final Function<Path, String> display;

    /** @param display how a path is named in messages (relative to the site root) */
    NewFiles(Function<Path, String> display) {
        this.display = display;
    }

    NewFiles add(Path file, String text) {
        return add(file, text.getBytes(StandardCharsets.UTF_8));
    }

    NewFiles add(Path file, byte[] content) {
        files.put(file.toAbsolutePath().normalize(), content.clone());
        return this;
    }

    /** Writes every file, or reports those that exist and writes none; returns the files written. */
    List<Path> write(Text hint, Problems problems) {
        boolean clash = false;
        for (Path file : files.keySet()) {
            if (Files.exists(file)) {
                problems.add(exists(file, hint));
                clash = true;
            }
        }
        if (clash) {
            return List.of();
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
            Path file = entry.getKey();
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue(), StandardOpenOption.CREATE_NEW);
                written.add(file);
            } catch (FileAlreadyExistsException e) {
                problems.add(exists(file, hint));
                return written;
            } catch (IOException e) {
                // all or nothing: what was written before this file goes again
                written.forEach(NewFiles::deleteQuietly);
                problems.add(Problem.error(SourcePosition.of(display.apply(file)), Text.of("scaffold.cannotWrite", IoReason.of(e)),
                        Text.of("scaffold.cannotWrite.hint")));
                return List.of();
            }
        }
        return written;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // it was ours a moment ago; if it cannot go, the user sees it and the message above
        }
    }

    private Problem exists(Path file, Text hint) {
        return Problem.error(SourcePosition.of(display.apply(file)), Text.of("scaffold.exists"), hint);
    }
}
