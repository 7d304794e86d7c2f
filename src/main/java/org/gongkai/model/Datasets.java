package org.gongkai.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tables of {@code content/data/}: fees, projects and aid, each in file order; any may be empty.
 *
 * @param lines where each record is in its file
 * @param sources the files the tables were read from, in file name order
 */
public record Datasets(List<Fee> fees, List<Project> projects, List<AidRecord> aid, Lines lines,
                       List<DataSource> sources) {

    public static final Datasets EMPTY = new Datasets(List.of(), List.of(), List.of());

    public Datasets {
        fees = List.copyOf(fees);
        projects = List.copyOf(projects);
        aid = List.copyOf(aid);
        lines = lines == null ? Lines.COUNTED : lines;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Tables without the files they came from. */
    public Datasets(List<Fee> fees, List<Project> projects, List<AidRecord> aid, Lines lines) {
        this(fees, projects, aid, lines, List.of());
    }

    /** Tables whose records are on the lines after the header, one each. */
    public Datasets(List<Fee> fees, List<Project> projects, List<AidRecord> aid) {
        this(fees, projects, aid, Lines.COUNTED);
    }

    public boolean isEmpty() {
        return fees.isEmpty() && projects.isEmpty() && aid.isEmpty();
    }

    /** Calendar years with data: project and aid years, and the year each fee's school year starts. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        fees.forEach(f -> years.add(f.schoolYear().startYear()));
        projects.forEach(p -> years.add(p.year()));
        aid.forEach(a -> years.add(a.year()));
        return years;
    }

    /**
     * The line in its CSV file (its row in an .xlsx sheet) of each record, by table and position, for messages. A
     * row left out for its errors leaves no gap in the lists, so a record's position does not tell its line.
     */
    public static final class Lines {

        /** Each record on its own line after the header (line 1), in order. */
        public static final Lines COUNTED = new Lines(new int[0], new int[0], new int[0]);

        private final int[] fees;
        private final int[] projects;
        private final int[] aid;

        public Lines(int[] fees, int[] projects, int[] aid) {
            this.fees = fees.clone();
            this.projects = projects.clone();
            this.aid = aid.clone();
        }

        public int fee(int index) {
            return line(fees, index);
        }

        public int project(int index) {
            return line(projects, index);
        }

        public int aid(int index) {
            return line(aid, index);
        }

        private static int line(int[] lines, int index) {
            return index < lines.length ? lines[index] : index + 2;
        }
    }
}
