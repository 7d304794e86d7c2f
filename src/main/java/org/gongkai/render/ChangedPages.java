package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.markdown.RenderedMarkdown;
import org.gongkai.model.Report;

/**
 * What the preview must write again after some reports changed, found by comparing the index before and after
 * the change: the report pages whose view changed, the list pages whose entries, totals or browse counts changed,
 * whether the home page changed, and the output files that no longer exist. {@link SiteRenderer#renderChanged}
 * renders it. Unchanged reports must be the same {@link Report} objects in both indexes; that is how they are known.
 *
 * <p>A report page shows the report, its neighbours and the first reports of its year ({@link ReportViews#page});
 * a list page shows its entries, its total and the counts of every year, category and department. Only those
 * candidates are compared, so a change to what a page shows must be reflected here.
 */
public final class ChangedPages {

    /** The body is the report's own business; neighbours and lists never show it. */
    private static final RenderedMarkdown NO_BODY = new RenderedMarkdown("", List.of());

    private final List<Report> reports;
    private final Set<String> listPages;
    private final Set<String> removed;
    private final boolean home;

    private ChangedPages(List<Report> reports, Set<String> listPages, Set<String> removed, boolean home) {
        this.reports = List.copyOf(reports);
        this.listPages = Set.copyOf(listPages);
        this.removed = new TreeSet<>(removed);
        this.home = home;
    }

    /** @param summaries what the lists show for each report (an edit of the first paragraph changes it) */
    public static ChangedPages between(ReportIndex before, ReportIndex after, Summaries summaries) {
        Map<String, Report> old = bySlug(before.all());
        Map<String, Report> now = bySlug(after.all());
        Set<String> touched = new LinkedHashSet<>();
        now.forEach((slug, report) -> {
            if (!same(old.get(slug), report)) {
                touched.add(slug);
            }
        });
        old.keySet().stream().filter(slug -> !now.containsKey(slug)).forEach(touched::add);

        List<Report> pages = reportPages(before, after, old, now, touched);
        Set<String> removed = new HashSet<>();
        for (String slug : old.keySet()) {
            if (!now.containsKey(slug)) {
                removed.add(OutputPaths.report(slug));
            }
        }
        removed.addAll(removedAliases(before, after));
        Set<String> lists = new HashSet<>();
        compareLists(before, after, lists, removed, summaries);
        boolean home = !browseCounts(before).equals(browseCounts(after))
                || !sameLatest(before.all(), after.all(), summaries);
        return new ChangedPages(pages, lists, removed, home);
    }

    /** Report pages to render: the changed reports, then the others whose neighbours or related list changed. */
    private static List<Report> reportPages(ReportIndex before, ReportIndex after, Map<String, Report> old,
                                            Map<String, Report> now, Set<String> touched) {
        List<Report> pages = new ArrayList<>();
        Map<Report, Boolean> candidates = new IdentityHashMap<>();
        for (String slug : touched) {
            Report was = old.get(slug);
            Report is = now.get(slug);
            if (is != null) {
                pages.add(is);
                after.newer(is).ifPresent(r -> candidates.put(r, true));
                after.older(is).ifPresent(r -> candidates.put(r, true));
                after.byYear().getOrDefault(is.year(), List.of()).forEach(r -> candidates.put(r, true));
            }
            if (was != null) {
                before.newer(was).ifPresent(r -> candidates.put(r, true));
                before.older(was).ifPresent(r -> candidates.put(r, true));
                before.byYear().getOrDefault(was.year(), List.of()).forEach(r -> candidates.put(r, true));
            }
        }
        for (Report candidate : candidates.keySet()) {
            boolean unchanged = now.get(candidate.slug()) == candidate && old.get(candidate.slug()) == candidate;
            if (unchanged && !sameSurroundings(candidate, before, after)
                    && !ReportViews.page(candidate, NO_BODY, before).equals(ReportViews.page(candidate, NO_BODY, after))) {
                pages.add(candidate);
            }
        }
        return pages;
    }

    /**
     * The same report objects around it: neighbours and the head of its year's list (its related reports). Then its
     * view is the same, and building it twice to compare, costly for the hundreds of reports of a year, is skipped.
     */
    private static boolean sameSurroundings(Report report, ReportIndex before, ReportIndex after) {
        if (before.newer(report).orElse(null) != after.newer(report).orElse(null)
                || before.older(report).orElse(null) != after.older(report).orElse(null)) {
            return false;
        }
        List<Report> was = before.byYear().getOrDefault(report.year(), List.of());
        List<Report> is = after.byYear().getOrDefault(report.year(), List.of());
        int head = ReportViews.RELATED + 1;
        if (Math.min(was.size(), head) != Math.min(is.size(), head)) {
            return false;
        }
        for (int i = 0; i < Math.min(is.size(), head); i++) {
            if (was.get(i) != is.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> removedAliases(ReportIndex before, ReportIndex after) {
        Set<String> gone = new HashSet<>();
        before.all().forEach(r -> gone.addAll(r.aliases()));
        after.all().forEach(r -> r.aliases().forEach(gone::remove));
        return gone;
    }

    /**
     * Every list page of {@code after} whose content differs from {@code before}; pages of lists that vanished
     * or got shorter go to {@code removed}.
     */
    private static void compareLists(ReportIndex before, ReportIndex after, Set<String> render, Set<String> removed,
                                     Summaries summaries) {
        boolean countsChanged = !browseCounts(before).equals(browseCounts(after));
        Map<String, List<Report>> old = lists(before);
        Map<String, List<Report>> now = lists(after);
        now.forEach((dir, reports) -> {
            List<Report> was = old.get(dir);
            int pageCount = Pagers.pageCount(reports.size(), SiteRenderer.PAGE_SIZE);
            for (int n = 1; n <= pageCount; n++) {
                if (countsChanged || was == null || was.size() != reports.size() || !samePage(was, reports, n, summaries)) {
                    render.add(OutputPaths.listPage(dir, n));
                }
            }
        });
        old.forEach((dir, reports) -> {
            List<Report> is = now.get(dir);
            int kept = is == null ? 0 : Pagers.pageCount(is.size(), SiteRenderer.PAGE_SIZE);
            for (int n = kept + 1; n <= Pagers.pageCount(reports.size(), SiteRenderer.PAGE_SIZE); n++) {
                removed.add(OutputPaths.listPage(dir, n));
            }
        });
    }

    /** The counts every list page shows beside the list (按年度, 按类别, 按发文单位), in display order. */
    private static List<Object> browseCounts(ReportIndex index) {
        List<Object> counts = new ArrayList<>();
        index.byYear().forEach((year, reports) -> counts.add(year + ":" + reports.size()));
        index.byCategory().forEach((category, reports) -> counts.add(category + ":" + reports.size()));
        index.byDepartment().forEach((department, reports) -> counts.add(department + ":" + reports.size()));
        return counts;
    }

    /** The lists {@link SiteRenderer} renders, by folder: all reports, then per year, category, department, tag. */
    private static Map<String, List<Report>> lists(ReportIndex index) {
        Map<String, List<Report>> lists = new LinkedHashMap<>();
        lists.put(OutputPaths.REPORTS, index.all());
        index.byYear().forEach((year, reports) -> lists.put(OutputPaths.yearDir(year), reports));
        index.byCategory().forEach((category, reports) -> lists.put(OutputPaths.categoryDir(category), reports));
        index.byDepartment().forEach((department, reports) -> lists.put(index.departmentDir(department), reports));
        index.byTag().forEach((tag, reports) -> lists.put(index.tagDir(tag), reports));
        return lists;
    }

    private static boolean samePage(List<Report> was, List<Report> is, int n, Summaries summaries) {
        int from = (n - 1) * SiteRenderer.PAGE_SIZE;
        int to = Math.min(is.size(), n * SiteRenderer.PAGE_SIZE);
        for (int i = from; i < to; i++) {
            Report a = was.get(i);
            Report b = is.get(i);
            if (a != b && !sameEntry(a, b, summaries)) {
                return false;
            }
        }
        return true;
    }

    /** The home page lists the newest reports and the counts by year and category. */
    private static boolean sameLatest(List<Report> was, List<Report> is, Summaries summaries) {
        int shown = Math.min(is.size(), SiteRenderer.LATEST_ON_HOME);
        if (Math.min(was.size(), SiteRenderer.LATEST_ON_HOME) != shown || was.size() != is.size()) {
            return false;
        }
        for (int i = 0; i < shown; i++) {
            Report a = was.get(i);
            Report b = is.get(i);
            if (a != b && !sameEntry(a, b, summaries)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntry(Report a, Report b, Summaries summaries) {
        return ReportViews.entry(a, "", summaries.of(a)).equals(ReportViews.entry(b, "", summaries.of(b)));
    }

    private static boolean same(Report was, Report is) {
        return was == is || Objects.equals(was, is);
    }

    private static Map<String, Report> bySlug(List<Report> reports) {
        Map<String, Report> bySlug = new HashMap<>(reports.size() * 2);
        reports.forEach(r -> bySlug.put(r.slug(), r));
        return bySlug;
    }

    /** Report pages to render, changed reports first. */
    public List<Report> reports() {
        return reports;
    }

    /** Output paths of the list pages to render. */
    public Set<String> listPages() {
        return listPages;
    }

    /** Output paths that no longer exist: removed reports, aliases, and list pages past the last one. */
    public Set<String> removed() {
        return removed;
    }

    /** Whether the home page shows something that changed (newest reports, counts). */
    public boolean home() {
        return home;
    }

    public boolean isEmpty() {
        return reports.isEmpty() && listPages.isEmpty() && removed.isEmpty() && !home;
    }
}
