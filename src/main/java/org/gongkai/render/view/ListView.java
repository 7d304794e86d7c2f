package org.gongkai.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A list of reports (all, one year, one category, one department or one tag), one page of it.
 *
 * @param filters links to the other ways of browsing, shown beside the list
 */
public record ListView(String heading, String intro, int total, List<ReportEntryView> entries,
                       Optional<PagerView> pager, List<FilterGroup> filters) {

    /** A group of browse links such as 按年度 2013 · 2012 · 2011. */
    public record FilterGroup(String label, List<LinkView> links) {
    }
}
