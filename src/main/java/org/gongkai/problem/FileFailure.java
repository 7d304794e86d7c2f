package org.gongkai.problem;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * An unexpected failure (a defect in Gongkai, not a problem in the input) while one input file was being
 * processed. It carries the file so the one line a user sees names it; input problems never become one.
 */
public final class FileFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    public FileFailure(String file, Throwable cause) {
        super((file == null ? "" : file + ": ") + cause, cause);
        this.file = file;
    }

    /** For the fork-join pool, which re-creates a worker's exception in the joining thread with it as cause. */
    public FileFailure(Throwable cause) {
        this(fileIn(cause).orElse(null), cause);
    }

    public String file() {
        return file;
    }

    /**
     * Runs {@code work} on {@code file}; anything unexpected it throws comes out as a FileFailure naming the
     * file. A deeply nested document can overflow the stack and a missing library gives a LinkageError: those
     * are caught too, since they concern this file only. Out of memory is left alone.
     */
    public static <T> T during(String file, Supplier<T> work) {
        try {
            return work.get();
        } catch (BuildFailedException | FileFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new FileFailure(file, e);
        }
    }

    /** The file named by the first FileFailure in {@code failure}'s causes, if any. */
    public static Optional<String> fileIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileFailure f && f.file != null) {
                return Optional.of(f.file);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The failure underneath the FileFailure wrappers, for the one-line message. */
    public static Throwable rootOf(Throwable failure) {
        Throwable t = failure;
        while (t instanceof FileFailure && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
