package org.gongkai.build;

import java.time.Duration;
import java.util.List;

import org.gongkai.lint.ContentLint;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.publish.Changes;

/**
 * A successful build: how much it wrote, what changed against the previous site, its own problems (warnings and
 * infos of loading, the theme, the feed) and, apart from them, the content rules' full result.
 */
public record BuildResult(int pages, int files, Changes changes, List<Problem> problems,
                          ContentLint.Result contentRules, Duration elapsed) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    /** What the build prints: its own problems and the content rules' findings as warnings, sorted. */
    public List<Problem> notices() {
        return notices(problems, contentRules);
    }

    static List<Problem> notices(List<Problem> own, ContentLint.Result rules) {
        Problems all = new Problems();
        all.addAll(own);
        all.addAll(rules.forBuild());
        return all.list();
    }
}
