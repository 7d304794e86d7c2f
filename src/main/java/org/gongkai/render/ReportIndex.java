package org.gongkai.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.model.Category;
import org.gongkai.model.Report;

/**
 * The ways to browse reports: by year (newest first), category, department and tag, each list newest first,
 * plus every report's neighbours in the full list. Built once from the newest-first report list.
 */
public final class ReportIndex {

    private static final Comparator<String> CHINESE = Collator.getInstance(Locale.CHINA)::compare;

    private final List<Report> all;
    private final Map<Integer, List<Report>> byYear = new TreeMap<>(Comparator.reverseOrder());
    private final Map<Category, List<Report>> byCategory = new EnumMap<>(Category.class);
    private final Map<String, List<Report>> byDepartment;
    private final Map<String, List<Report>> byTag;
    private final Map<String, Integer> position = new HashMap<>();
    /** The list folders of departments and tags, worked out once: each is named by a SHA-256 digest. */
    private final Map<String, String> departmentDirs = new HashMap<>();
    private final Map<String, String> tagDirs = new HashMap<>();

    public ReportIndex(List<Report> newestFirst) {
        this.all = List.copyOf(newestFirst);
        Map<String, List<Report>> departments = new HashMap<>();
        Map<String, List<Report>> tags = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Report report = all.get(i);
            position.put(report.slug(), i);
            byYear.computeIfAbsent(report.year(), y -> new ArrayList<>()).add(report);
            byCategory.computeIfAbsent(report.category(), c -> new ArrayList<>()).add(report);
            departments.computeIfAbsent(report.department(), d -> new ArrayList<>()).add(report);
            for (String tag : report.tags()) {
                List<Report> tagged = tags.computeIfAbsent(tag, t -> new ArrayList<>());
                if (tagged.isEmpty() || tagged.get(tagged.size() - 1) != report) {
                    tagged.add(report);
                }
            }
        }
        this.byDepartment = sortedByName(departments);
        this.byTag = sortedByName(tags);
        byDepartment.keySet().forEach(department -> departmentDirs.put(department, OutputPaths.departmentDir(department)));
        byTag.keySet().forEach(tag -> tagDirs.put(tag, OutputPaths.tagDir(tag)));
    }

    /** {@link OutputPaths#departmentDir}, looked up for the departments of the index. */
    public String departmentDir(String department) {
        String dir = departmentDirs.get(department);
        return dir != null ? dir : OutputPaths.departmentDir(department);
    }

    /** {@link OutputPaths#tagDir}, looked up for the tags of the index. */
    public String tagDir(String tag) {
        String dir = tagDirs.get(tag);
        return dir != null ? dir : OutputPaths.tagDir(tag);
    }

    private static Map<String, List<Report>> sortedByName(Map<String, List<Report>> groups) {
        Map<String, List<Report>> sorted = new LinkedHashMap<>();
        groups.keySet().stream().sorted(CHINESE.thenComparing(Comparator.naturalOrder()))
                .forEach(name -> sorted.put(name, groups.get(name)));
        return sorted;
    }

    public List<Report> all() {
        return all;
    }

    public Map<Integer, List<Report>> byYear() {
        return byYear;
    }

    public Map<Category, List<Report>> byCategory() {
        return byCategory;
    }

    public Map<String, List<Report>> byDepartment() {
        return byDepartment;
    }

    public Map<String, List<Report>> byTag() {
        return byTag;
    }

    /** The next newer report, if any. */
    public java.util.Optional<Report> newer(Report report) {
        int i = position.get(report.slug());
        return i == 0 ? java.util.Optional.empty() : java.util.Optional.of(all.get(i - 1));
    }

    /** The next older report, if any. */
    public java.util.Optional<Report> older(Report report) {
        int i = position.get(report.slug());
        return i == all.size() - 1 ? java.util.Optional.empty() : java.util.Optional.of(all.get(i + 1));
    }
}
