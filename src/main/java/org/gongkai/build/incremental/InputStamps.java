package org.gongkai.build.incremental;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.load.FileStamp;

/**
 * The stamps of every input file but the reports' Markdown files, and the options, that a build's hash of those
 * inputs ({@link Fingerprints#inputs}) was worked out for: a later build that finds the same takes the hash as it is
 * instead of reading every data table, page and theme file again.
 */
public record InputStamps(String settings, Map<String, FileStamp> files) implements Serializable {

    public InputStamps {
        files = Map.copyOf(files);
    }

    /**
     * Of {@code all} (every input file's stamp, by its path from the site root), those not of a report's Markdown file
     * under {@code reports} (the reports folder from the site root, ending in {@code /}).
     */
    public static InputStamps of(String settings, Map<String, FileStamp> all, String reports) {
        Map<String, FileStamp> files = new HashMap<>();
        all.forEach((path, stamp) -> {
            if (!(path.startsWith(reports) && path.endsWith(".md"))) {
                files.put(path, stamp);
            }
        });
        return new InputStamps(settings, files);
    }
}
