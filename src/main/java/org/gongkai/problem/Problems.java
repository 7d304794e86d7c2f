package org.gongkai.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one build so they can all be reported at once. Thread-safe, since pages are
 * loaded and rendered in parallel. Keeps at most {@code cap} problems but counts all of them.
 */
public final class Problems {

    public static final int DEFAULT_CAP = 200;

    private final int cap;
    private final List<Problem> kept = new ArrayList<>();
    private int errorCount;
    private int totalCount;

    public Problems() {
        this(DEFAULT_CAP);
    }

    public Problems(int cap) {
        this.cap = cap;
    }

    public synchronized void add(Problem problem) {
        totalCount++;
        if (problem.isError()) {
            errorCount++;
        }
        if (kept.size() < cap) {
            kept.add(problem);
        }
    }

    public void addAll(Iterable<Problem> problems) {
        for (Problem problem : problems) {
            add(problem);
        }
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    public synchronized int errorCount() {
        return errorCount;
    }

    public synchronized int totalCount() {
        return totalCount;
    }

    /** The kept problems, sorted by file, line and column so output is the same from run to run. */
    public synchronized List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /** Throws when any error was collected, carrying every kept problem. */
    public void failIfErrors(String stage) {
        if (hasErrors()) {
            throw new BuildFailedException(stage, list(), totalCount());
        }
    }

    static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(p -> p.message());
}
