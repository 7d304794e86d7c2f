package org.gongkai.build;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.load.FileStamp;

/**
 * What a build knows to be as the last build left it: the report files the loader took over unread (the preview:
 * their fingerprints are the cache's), the report files' stamps as listed (a build from the command line: a report
 * whose stamp is the one the cache recorded for it is taken as the file it was), and — when nothing but reports
 * changed since — the other inputs' hash.
 */
record Known(Set<String> takenOver, Map<String, FileStamp> stamps, Optional<Known.Inputs> inputs) {

    /** A build that knows nothing of the last one's inputs. */
    static final Known NOTHING = new Known(Set.of(), Map.of(), Optional.empty());

    /** The hash of every input but the report files, for the options it was worked out with. */
    record Inputs(String settings, String hash) {
    }

    /** Known by the stamps the load listed the report files with; nothing else. */
    static Known byStamps(Map<String, FileStamp> stamps) {
        return new Known(Set.of(), stamps, Optional.empty());
    }

    /**
     * Whether the report file {@code path} is the one the last build read, its stamp then being {@code recorded}
     * (null: not recorded, as for a file changed just before that build listed it).
     */
    boolean unchanged(String path, FileStamp recorded) {
        return takenOver.contains(path) || recorded != null && recorded.equals(stamps.get(path));
    }
}
