package org.gongkai.render.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualReportForm;

/**
 * The numbers of an annual report's tables 二 to 四 as one long table for the downloads: 表, 项目, 列, 数值 — a row per
 * cell, with the national format's labels, so a county portal or an inspection sheet can take them over.
 */
final class AnnualReportTables {

    private static final List<String> HEADER = List.of("表", "项目", "列", "数值");

    private AnnualReportTables() {
    }

    static Downloads<String[]> downloads() {
        return new Downloads<>("年度报告", HEADER, Map.of(3, CellFormat.PLAIN), Arrays::asList);
    }

    static List<String[]> rows(AnnualReport report) {
        List<String[]> rows = new ArrayList<>();
        String two = "二、主动公开政府信息情况";
        for (AnnualReportForm.ActiveGroup group : report.format().activeGroups()) {
            for (AnnualReportForm.ActiveRow row : group.rows()) {
                List<BigDecimal> values = report.active().get(row.key());
                for (int c = 0; c < values.size(); c++) {
                    rows.add(new String[] {two, group.article() + " " + row.label(), group.columns().get(c), values.get(c).toPlainString()});
                }
            }
        }
        String three = "三、收到和处理政府信息公开申请情况";
        List<String> columns = new ArrayList<>(AnnualReportForm.APPLICANT_COLUMNS);
        columns.add(AnnualReportForm.TOTAL);
        String group = "";
        for (AnnualReportForm.ApplicationRow row : report.format().applicationRows()) {
            if (row.level() < 2) {
                group = row.label();
            }
            if (!row.hasNumbers()) {
                continue;
            }
            String label = row.level() == 2 ? group + " " + row.label() : row.label();
            List<Long> values = report.applications().get(row.key());
            for (int c = 0; c < values.size(); c++) {
                String column = c > 0 && c < AnnualReportForm.APPLICANT_COLUMNS.size()
                        ? AnnualReportForm.LEGAL_PERSONS + " " + columns.get(c) : columns.get(c);
                rows.add(new String[] {three, label, column, String.valueOf(values.get(c))});
            }
        }
        String four = "四、政府信息公开行政复议、行政诉讼情况";
        List<String> appealColumns = new ArrayList<>(AnnualReportForm.APPEAL_COLUMNS);
        appealColumns.add(AnnualReportForm.TOTAL);
        for (int g = 0; g < AnnualReportForm.APPEAL_KEYS.size(); g++) {
            String label = (g == 0 ? "" : AnnualReportForm.LAWSUIT + " ") + AnnualReportForm.APPEAL_LABELS.get(g);
            List<Long> values = report.appeals().get(AnnualReportForm.APPEAL_KEYS.get(g));
            for (int c = 0; c < values.size(); c++) {
                rows.add(new String[] {four, label, appealColumns.get(c), String.valueOf(values.get(c))});
            }
        }
        return rows;
    }
}
