package org.gongkai.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** The tables of {@code content/data/}: fees, projects and aid, each in file order; any may be empty. */
public record Datasets(List<Fee> fees, List<Project> projects, List<AidRecord> aid) {

    public static final Datasets EMPTY = new Datasets(List.of(), List.of(), List.of());

    public Datasets {
        fees = List.copyOf(fees);
        projects = List.copyOf(projects);
        aid = List.copyOf(aid);
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
}
