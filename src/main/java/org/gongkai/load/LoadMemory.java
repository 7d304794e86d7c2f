package org.gongkai.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.model.Datasets;
import org.gongkai.model.Report;
import org.gongkai.problem.Problem;

/**
 * What one load read, for the next one to take over what did not change since: the preview, told by its file
 * watcher which report files changed, reads only those again (and the data tables only when one of theirs changed).
 * Each entry keeps the problems that reading it gave, so that a load taking it over reports the same as a fresh one.
 *
 * @param reports the report files read without errors, drafts too, by their path from the site root
 * @param data the data tables, with the problems of their rows
 */
public record LoadMemory(Map<String, ReadReport> reports, Optional<ReadTables> data) {

    /** Nothing read. */
    public static final LoadMemory NONE = new LoadMemory(Map.of(), Optional.empty());

    public LoadMemory {
        reports = Map.copyOf(reports);
    }

    /**
     * One report file as it was read.
     *
     * @param stamp the file's size and time when it was read: a file that no longer has them is read again, whatever
     *     the watcher said
     */
    public record ReadReport(Report report, List<Problem> problems, FileStamp stamp) {

        public ReadReport {
            problems = List.copyOf(problems);
        }
    }

    /** The data tables as they were read. */
    public record ReadTables(Datasets datasets, List<Problem> problems) {

        public ReadTables {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What a load may take over: the last load's files but those in {@code changed} (report files, absolute) and those
     * whose size or time is not what it was, and its data tables unless {@code dataChanged}. Anything else that
     * changed (site.yaml, pages, static files, the theme) calls for a load from scratch.
     */
    public record Reuse(LoadMemory memory, Set<Path> changed, boolean dataChanged) {

        public Reuse {
            changed = Set.copyOf(changed);
        }
    }
}
