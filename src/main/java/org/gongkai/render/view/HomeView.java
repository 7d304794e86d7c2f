package org.gongkai.render.view;

import java.util.List;

/** The home page: who publishes, the latest reports, and a way into every section and every year's 年度汇总. */
public record HomeView(String siteTitle, String bureau, int reportCount, List<ReportEntryView> latest,
                       String allReportsUrl, List<LinkView> sections, List<LinkView> years,
                       List<LinkView> categories, List<LinkView> pages, ContactsView contacts,
                       List<LinkView> summaryYears) {

    public boolean hasLatest() {
        return !latest.isEmpty();
    }

    public boolean hasYears() {
        return !years.isEmpty();
    }

    public boolean hasCategories() {
        return !categories.isEmpty();
    }

    public boolean hasSummaryYears() {
        return !summaryYears.isEmpty();
    }
}
