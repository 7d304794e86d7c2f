package org.gongkai.publish;

import java.io.IOException;
import java.util.List;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * The output cannot be written (a full disk, no permission, a file held open by another program): not a defect
 * of Gongkai nor of the input, but something the user can fix, said as a problem at the output path. The
 * published site is untouched either way.
 */
final class OutputFailure {

    private OutputFailure() {
    }

    /** @param shown the output path as the user named it, e.g. {@code site/index.html} */
    static BuildFailedException of(String shown, String key, IOException e) {
        Problem problem = Problem.error(SourcePosition.of(shown), Text.of(key, IoReason.of(e)), Text.of(key + ".hint"));
        return new BuildFailedException("publish", List.of(problem), 1);
    }
}
