package org.gongkai.render;

import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

import org.gongkai.model.SchoolYear;
import org.gongkai.model.Site;

/**
 * Where the pages and downloads made from {@code content/data/} live, and which years get a 年度汇总 page.
 * Kept in the render package so the report and home pages can link to them.
 */
public final class DataPaths {

    public static final String FEES = "fees/";
    public static final String PROJECTS = "projects/";
    public static final String AID = "aid/";
    public static final String YEARS = "years/";

    private DataPaths() {
    }

    public static String fees() {
        return FEES + "index.html";
    }

    public static String feesDir(SchoolYear schoolYear) {
        return FEES + schoolYear + "/";
    }

    /** One school's fees of every school year: made when a school year has too many rows for one page. */
    public static String feeSchool(String school) {
        return FEES + "schools/" + OutputPaths.key(school) + "/index.html";
    }

    public static String projects() {
        return PROJECTS + "index.html";
    }

    public static String aid() {
        return AID + "index.html";
    }

    public static String years() {
        return YEARS + "index.html";
    }

    public static String year(int year) {
        return YEARS + year + "/index.html";
    }

    /** Every year with content (a report, a project, aid, or a school year starting then), newest first. */
    public static SortedSet<Integer> summaryYears(Site site) {
        SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        site.reports().forEach(r -> years.add(r.year()));
        years.addAll(site.datasets().years());
        return years;
    }

    /** True when a data page or download of this site may be written at {@code path}. */
    public static boolean isReserved(Site site, String path) {
        var data = site.datasets();
        return path.startsWith(YEARS) && (!site.reports().isEmpty() || !data.isEmpty())
                || path.startsWith(FEES) && !data.fees().isEmpty()
                || path.startsWith(PROJECTS) && !data.projects().isEmpty()
                || path.startsWith(AID) && !data.aid().isEmpty();
    }
}
