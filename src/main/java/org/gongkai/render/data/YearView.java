package org.gongkai.render.data;

import java.util.List;

import org.gongkai.render.view.LinkView;

/**
 * A 年度汇总 page: the year's reports by category, project money by programme and status, aid (grants apart
 * from loans), and the fee disclosure of the school year starting that year, each linking to its detail page.
 */
public record YearView(String heading, String intro, List<LinkView> years, String reportsUrl, String reportCount,
                       List<ReportGroup> reportGroups, String projectsUrl, List<ProgramRow> programRows,
                       List<ProjectsView.TotalView> projectTotals, String projectsWithoutAmount,
                       List<StatusRow> statusRows, List<ChartView> projectCharts, String aidUrl,
                       List<AidView.YearView> aid, String feesUrl, String schoolYear, String feeSummary,
                       List<FeeChange> feeChanges, List<DownloadView> downloads) {

    public boolean hasReports() {
        return !reportGroups.isEmpty();
    }

    public boolean hasProjects() {
        return !statusRows.isEmpty();
    }

    public boolean hasAid() {
        return !aid.isEmpty();
    }

    public boolean hasFees() {
        return !feesUrl.isEmpty();
    }

    public boolean hasFeeChanges() {
        return !feeChanges.isEmpty();
    }

    public record ReportGroup(String category, List<LinkView> reports) {
    }

    /** One programme's money of one kind (到位, 计划 …) in the year. */
    public record ProgramRow(String program, String kind, String amount, String count) {
    }

    public record StatusRow(String status, String count, String amounts) {
    }

    /** A fee item whose standard changed against the previous school year. */
    public record FeeChange(String school, String stage, String item, String previous, String current, String unit) {
    }
}
