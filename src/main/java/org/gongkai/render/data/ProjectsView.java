package org.gongkai.render.data;

import java.util.List;

/** The 项目建设 page: projects grouped by programme, with exact totals kept apart by kind of money. */
public record ProjectsView(String intro, String summary, List<TotalView> totals, String withoutAmount,
                           List<StatusCount> statusCounts, List<DownloadView> downloads, List<GroupView> groups,
                           List<ChartView> charts) {

    public boolean hasTotals() {
        return !totals.isEmpty();
    }

    /** One kind of money's exact sum (约 when it includes an approximate figure) over {@code count} projects. */
    public record TotalView(String kind, String amount, String count) {
    }

    public record StatusCount(String status, String count) {
    }

    /** The projects of one programme. */
    public record GroupView(String program, String id, String captionId, String caption, List<RowView> rows,
                            List<TotalView> totals, String withoutAmount) {
    }

    public record RowView(String project, String region, String site, String year, String worksType, String status,
                          String asOf, String amount, String amountKind, boolean approximate, String split,
                          String funding, String count, String area, String outputs, String plannedCompletion,
                          String notes) {
    }
}
