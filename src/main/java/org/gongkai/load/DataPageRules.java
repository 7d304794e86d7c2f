package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.model.AnnualReport;
import org.gongkai.model.DataPageMeta;
import org.gongkai.model.Datasets;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Report;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * A {@code disclosure.data_pages} key that names no page of this site is a warning at its line: the number would
 * be shown nowhere, which is most often a school year or year typed wrong. (Their 索引号 and 主题分类 are checked
 * with the reports' by {@link DisclosureRules}.)
 */
final class DataPageRules {

    private DataPageRules() {
    }

    static void check(Disclosure disclosure, String siteYaml, List<Report> reports, Datasets data,
                      List<AnnualReport> annualReports, Problems problems) {
        if (disclosure.dataPages().isEmpty()) {
            return;
        }
        Set<String> pages = pages(reports, data, annualReports);
        for (DataPageMeta page : disclosure.dataPages()) {
            if (!pages.contains(page.key())) {
                problems.add(Problem.warning(SourcePosition.of(siteYaml, page.line(), page.column()),
                        Text.of("catalog.page.none", page.key()),
                        pages.isEmpty() ? Text.of("catalog.page.none.noPages")
                                : Text.of("catalog.page.none.hint", String.join("、", pages))));
            }
        }
    }

    /** The keys of every page made from data on this site, in order. */
    static Set<String> pages(List<Report> reports, Datasets data, List<AnnualReport> annualReports) {
        Set<String> pages = new TreeSet<>();
        data.fees().forEach(fee -> pages.add(DataPageMeta.fees(fee.schoolYear())));
        if (!data.projects().isEmpty()) {
            pages.add(DataPageMeta.PROJECTS);
        }
        if (!data.aid().isEmpty()) {
            pages.add(DataPageMeta.AID);
        }
        List<Integer> years = new ArrayList<>(data.years());
        reports.forEach(report -> years.add(report.year()));
        years.forEach(year -> pages.add(DataPageMeta.year(year)));
        annualReports.forEach(report -> pages.add(DataPageMeta.annualReport(report.year())));
        return pages;
    }
}
