package org.gongkai.render.data;

import java.util.List;

/**
 * The page of one 政府信息公开工作年度报告, in the national format: the six sections, tables 二 to 四 as ready strings.
 *
 * @param formatNote which notice's format the report follows
 */
public record AnnualReportView(String title, String formatNote, String overviewHtml, List<ActiveGroupView> activeGroups,
                               List<ApplicationRowView> applications, List<String> appeals, String issuesHtml,
                               String otherHtml, List<DownloadView> downloads) {

    /** One 第二十条 item of table 二: its header cells and rows. */
    public record ActiveGroupView(String article, int span, List<String> columns, List<ActiveRowView> rows) {
    }

    public record ActiveRowView(String label, List<String> cells) {
    }

    /**
     * A row of table 三; {@code heading} rows (三、本年度办理结果, （三）不予公开 …) have no cells.
     *
     * @param level {@code level-0} to {@code level-2}, the indentation class
     */
    public record ApplicationRowView(String label, String level, boolean heading, List<String> cells) {
    }
}
