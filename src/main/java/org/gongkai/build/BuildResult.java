package org.gongkai.build;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.lint.ContentLint;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;
import org.gongkai.publish.Changes;

/**
 * A successful build: how much it wrote, what changed against the previous site, its own problems (warnings and
 * infos of loading, the theme, the feed) and, apart from them, the content rules' full result.
 *
 * @param rendered the pages this build rendered
 * @param reused the pages it took over from the published site unchanged (an incremental build)
 * @param fullBecause why the cache of the last build was not used, when it was there but could not be trusted
 */
public record BuildResult(int pages, int files, Changes changes, List<Problem> problems,
                          ContentLint.Result contentRules, Duration elapsed, int rendered, int reused,
                          Optional<Text> fullBecause) {

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
