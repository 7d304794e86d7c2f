package org.gongkai.render.view;

/** A report in a list: title and link, date, issuer, kind and summary. */
public record ReportEntryView(String title, String url, String dateText, String dateIso, String department,
                              String category, String period, String summary, boolean draft) {
}
