package org.gongkai.build;

import java.util.Optional;
import java.util.Set;

/**
 * What the preview knows to be as the last build left it: the report files the loader took over unread (their
 * fingerprints are the cache's), and — when nothing but reports changed since — the other inputs' hash.
 */
record Known(Set<String> takenOver, Optional<Known.Inputs> inputs) {

    /** A build that knows nothing of the last one's inputs. */
    static final Known NOTHING = new Known(Set.of(), Optional.empty());

    /** The hash of every input but the report files, for the options it was worked out with. */
    record Inputs(String settings, String hash) {
    }
}
