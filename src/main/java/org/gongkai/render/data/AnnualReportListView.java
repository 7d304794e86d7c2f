package org.gongkai.render.data;

import java.util.List;

/** {@code xxgk/annual-reports/}: every year's report, newest first. */
public record AnnualReportListView(String intro, List<Entry> reports, boolean empty) {

    public record Entry(String title, String url, String format) {
    }
}
