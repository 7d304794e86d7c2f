package org.gongkai.render.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualReportForm;
import org.gongkai.model.Site;
import org.gongkai.model.DataPageMeta;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPageList;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.XxgkPaths;

/**
 * {@code xxgk/annual-reports/}: the list of 政府信息公开工作年度报告 and each year's report in the national format, with
 * its tables as CSV and .xlsx ({@link AnnualReportTables}).
 */
final class AnnualReportPages {

    private final Templates templates;
    private final Layouts layouts;
    private final MarkdownRenderer markdown;
    private final Site site;

    AnnualReportPages(Templates templates, Layouts layouts, MarkdownRenderer markdown, Site site) {
        this.templates = templates;
        this.layouts = layouts;
        this.markdown = markdown;
        this.site = site;
    }

    static String title(String bureau, int year) {
        return DataPageList.annualReportTitle(bureau, year);
    }

    List<WrittenPage> render(PageSink sink) {
        List<WrittenPage> written = new ArrayList<>();
        String listPath = XxgkPaths.annualReports();
        List<AnnualReport> newestFirst = site.annualReports().stream()
                .sorted(Comparator.comparingInt(AnnualReport::year).reversed()).toList();
        List<AnnualReportListView.Entry> entries = newestFirst.stream().map(r -> new AnnualReportListView.Entry(
                title(site.config().bureau(), r.year()), OutputPaths.link(listPath, XxgkPaths.annualReport(r.year())),
                "按" + r.format().docNumber() + "规定的格式")).toList();
        String intro = "根据《中华人民共和国政府信息公开条例》第四十九条、第五十条，本机关每年1月31日前公布上一年度的政府信息公开工作年度报告。";
        sink.write(listPath, templates.render("annual-reports", layouts.layout(listPath, "政府信息公开年报", intro, List.of(
                new Crumb("政府信息公开", XxgkPaths.index()), new Crumb("政府信息公开年报", listPath))),
                new AnnualReportListView(intro, entries, entries.isEmpty())));
        written.add(new WrittenPage(listPath, Optional.empty()));
        for (AnnualReport report : newestFirst) {
            written.add(report(report, sink));
        }
        return written;
    }

    private WrittenPage report(AnnualReport report, PageSink sink) {
        String path = XxgkPaths.annualReport(report.year());
        String title = title(site.config().bureau(), report.year());
        String key = DataPageMeta.annualReport(report.year());
        var meta = layouts.itemMeta().ofDataPage(key, title, "");
        String dir = XxgkPaths.ANNUAL_REPORTS + report.year() + "/";
        String name = "annual-report-" + report.year();
        List<String[]> rows = AnnualReportTables.rows(report);
        Downloads<String[]> downloads = AnnualReportTables.downloads();
        sink.write(dir + name + ".csv", downloads.csvFile(rows).all());
        sink.write(dir + name + ".xlsx", downloads.xlsxFile(rows));
        String overview = report.overview().isEmpty()
                ? "本报告由" + site.config().bureau() + "根据《中华人民共和国政府信息公开条例》第五十条的规定编制，所列数据的统计期限自"
                        + report.year() + "年1月1日起至" + report.year() + "年12月31日止。"
                : "";
        var view = new AnnualReportView(title, "本报告按" + report.format().docNumber() + "规定的格式编制。",
                html(report.overview(), overview), activeGroups(report), applications(report), appeals(report),
                html(report.issues(), "无。"), html(report.other(), "无。"),
                List.of(new DownloadView("报告各表", name + ".csv", name + ".xlsx", rows.size() + "项数据")));
        sink.write(path, templates.render("annual-report", layouts.layout(path, title, title, List.of(
                new Crumb("政府信息公开", XxgkPaths.index()), new Crumb("政府信息公开年报", XxgkPaths.annualReports()),
                new Crumb(report.year() + "年", path))), view, meta));
        return new WrittenPage(path, layouts.itemMeta().lastChanged(key));
    }

    private String html(String text, String otherwise) {
        if (text.isEmpty()) {
            return otherwise.isEmpty() ? "" : "<p>" + otherwise + "</p>";
        }
        return markdown.render(text).html();
    }

    static List<AnnualReportView.ActiveGroupView> activeGroups(AnnualReport report) {
        List<AnnualReportView.ActiveGroupView> groups = new ArrayList<>();
        for (AnnualReportForm.ActiveGroup group : report.format().activeGroups()) {
            List<AnnualReportView.ActiveRowView> rows = group.rows().stream().map(row -> new AnnualReportView.ActiveRowView(
                    row.label(), report.active().get(row.key()).stream().map(BigDecimal::toPlainString).toList())).toList();
            groups.add(new AnnualReportView.ActiveGroupView(group.article(), group.columns().size() + 1, group.columns(), rows));
        }
        return groups;
    }

    static List<AnnualReportView.ApplicationRowView> applications(AnnualReport report) {
        Map<String, List<Long>> table = report.applications();
        return report.format().applicationRows().stream().map(row -> new AnnualReportView.ApplicationRowView(row.label(),
                "level-" + row.level(), !row.hasNumbers(),
                row.hasNumbers() ? table.get(row.key()).stream().map(String::valueOf).toList() : List.of())).toList();
    }

    static List<String> appeals(AnnualReport report) {
        List<String> cells = new ArrayList<>();
        AnnualReportForm.APPEAL_KEYS.forEach(key -> report.appeals().get(key).forEach(v -> cells.add(String.valueOf(v))));
        return cells;
    }
}
