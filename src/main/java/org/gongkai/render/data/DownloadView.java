package org.gongkai.render.data;

/** Download links for one table: the same rows as CSV and as .xlsx. */
public record DownloadView(String label, String csvUrl, String xlsxUrl, String rows) {
}
