package org.gongkai.problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file could not be read or written, in the user's words: the operating system says it in English (or in
 * the JDK's words: "Permission denied", "No space left on device", "The process cannot access the file because
 * it is being used by another process"), which becomes one of our sentences; a reason we do not know is quoted
 * inside a sentence of ours.
 */
public final class IoReason {

    private IoReason() {
    }

    /** The JDK's exception types that say the reason by themselves, most specific first. */
    private static final List<Map.Entry<Class<? extends IOException>, String>> BY_TYPE = List.of(
            Map.entry(NoSuchFileException.class, "problem.io.notFound"),
            Map.entry(AccessDeniedException.class, "problem.io.denied"),
            Map.entry(NotDirectoryException.class, "problem.io.notFolder"),
            Map.entry(DirectoryNotEmptyException.class, "problem.io.folderNotEmpty"),
            Map.entry(FileAlreadyExistsException.class, "problem.io.exists"),
            Map.entry(CharacterCodingException.class, "problem.io.encoding"));

    public static Text of(IOException e) {
        for (Map.Entry<Class<? extends IOException>, String> type : BY_TYPE) {
            if (type.getKey().isInstance(e)) {
                return Text.of(type.getValue());
            }
        }
        String said = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return fromSystem(said);
    }

    private static Text fromSystem(String said) {
        String reason = said == null ? "" : said.toLowerCase(Locale.ROOT);
        if (reason.contains("permission denied") || reason.contains("access is denied") || reason.contains("operation not permitted")) {
            return Text.of("problem.io.denied");
        }
        if (reason.contains("no space left") || reason.contains("not enough space") || reason.contains("disk quota")) {
            return Text.of("problem.io.diskFull");
        }
        if (reason.contains("being used by another process") || reason.contains("resource busy") || reason.contains("locked")) {
            return Text.of("problem.io.inUse");
        }
        if (reason.contains("read-only file system")) {
            return Text.of("problem.io.readOnly");
        }
        if (reason.contains("not a directory")) {
            return Text.of("problem.io.pathThroughFile");
        }
        if (reason.contains("is a directory")) {
            return Text.of("problem.io.isFolder");
        }
        if (reason.contains("no such file") || reason.contains("cannot find the")) {
            return Text.of("problem.io.notFound");
        }
        if (reason.contains("file name too long") || reason.contains("filename or extension is too long")) {
            return Text.of("problem.io.nameTooLong");
        }
        return said == null || said.isBlank() ? Text.of("problem.io.unknown") : Text.of("problem.io.system", said.strip());
    }
}
