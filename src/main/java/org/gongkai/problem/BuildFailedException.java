package org.gongkai.problem;

import java.util.List;

/** The input has errors: the build stops before publishing anything. Carries every problem found. */
public final class BuildFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final int totalCount;

    public BuildFailedException(String stage, List<Problem> problems, int totalCount) {
        super(stage + ": " + totalCount + " problem(s) in the input");
        this.problems = List.copyOf(problems);
        this.totalCount = totalCount;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** All problems found, including those past the cap that are not in {@link #problems()}. */
    public int totalCount() {
        return totalCount;
    }
}
