package org.gongkai.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.problem.Problem;
import org.gongkai.problem.Text;
import org.gongkai.publish.Changes;

/**
 * A successful build: how much it wrote, what changed against the previous site, and its warnings.
 *
 * @param rendered the pages this build rendered
 * @param reused the pages it took over from the published site unchanged (an incremental build)
 * @param fullBecause why the cache of the last build was not used, when it was there but could not be trusted
 */
public record BuildResult(int pages, int files, Changes changes, List<Problem> notices, Duration elapsed,
                          int rendered, int reused, Optional<Text> fullBecause) {

    public BuildResult {
        notices = List.copyOf(notices);
    }
}
