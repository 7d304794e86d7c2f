package org.gongkai.render;

/** Where rendered files go: the publish stage's staging folder, or memory in tests. Must be thread-safe. */
public interface PageSink {

    /** Writes a text file (UTF-8) at a path relative to the site root, with {@code /} separators. */
    default void write(String path, String content) {
        write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes a binary file at a path relative to the site root. */
    void write(String path, byte[] content);

    /** Copies a file into the site; may link or copy. */
    void copy(java.nio.file.Path source, String path);

    /**
     * Takes a file of the published site over as it is (an incremental build): a link where the sink can make one.
     *
     * @return whether the file is the published one itself (a link, or left in place), its size and time unchanged
     */
    default boolean carry(java.nio.file.Path published, String path) {
        copy(published, path);
        return false;
    }
}
