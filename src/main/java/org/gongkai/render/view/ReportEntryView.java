package org.gongkai.render.view;

/** A report in a list: title and link, date, issuer, kind and summary. */
public record ReportEntryView(String title, String url, String dateText, String dateIso, String department,
                              String category, String period, String summary, boolean draft) {

    /** The entry on a page {@code up} ({@code ../../}) below the site root, when its url leads from the root. */
    public ReportEntryView under(String up) {
        return new ReportEntryView(title, up + url, dateText, dateIso, department, category, period, summary, draft);
    }
}
