package org.gongkai.build;

import java.time.Duration;
import java.util.List;

import org.gongkai.problem.Problem;
import org.gongkai.publish.Changes;

/** A successful build: how much it wrote, what changed against the previous site, and its warnings. */
public record BuildResult(int pages, int files, Changes changes, List<Problem> notices, Duration elapsed) {

    public BuildResult {
        notices = List.copyOf(notices);
    }
}
