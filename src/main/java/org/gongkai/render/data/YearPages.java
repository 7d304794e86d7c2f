package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.gongkai.model.AidRecord;
import org.gongkai.model.Category;
import org.gongkai.model.Fee;
import org.gongkai.model.FeeStatus;
import org.gongkai.model.Project;
import org.gongkai.model.ProjectStatus;
import org.gongkai.model.Report;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Site;
import org.gongkai.model.DataPageMeta;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPageList;
import org.gongkai.render.DataPaths;
import org.gongkai.render.Layouts;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.PageSink;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.view.LinkView;

/** {@code years/index.html} and one {@code years/<year>/index.html} for every year that has any content. */
final class YearPages {

    private final Templates templates;
    private final Layouts layouts;
    private final Site site;
    private final ReportIndex index;
    private final FeeHistory history;

    YearPages(Templates templates, Layouts layouts, Site site, ReportIndex index, FeeHistory history) {
        this.templates = templates;
        this.layouts = layouts;
        this.site = site;
        this.index = index;
        this.history = history;
    }

    /** Renders every year's page and the overview of all years. */
    List<WrittenPage> render(PageSink sink) {
        SortedSet<Integer> years = DataPaths.summaryYears(site);
        if (years.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Project>> projects = new HashMap<>();
        site.datasets().projects().forEach(p -> projects.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        Map<Integer, List<AidRecord>> aid = AidPage.byYear(site.datasets().aid());
        Map<SchoolYear, List<Fee>> fees = new HashMap<>();
        site.datasets().fees().forEach(f -> fees.computeIfAbsent(f.schoolYear(), y -> new ArrayList<>()).add(f));

        List<WrittenPage> written = new ArrayList<>();
        List<LinkView> entries = new ArrayList<>();
        for (int year : years) {
            String path = DataPaths.year(year);
            List<Report> reports = index.byYear().getOrDefault(year, List.of());
            List<Project> yearProjects = projects.getOrDefault(year, List.of());
            var yearAid = aid.getOrDefault(year, List.of());
            List<Fee> yearFees = fees.getOrDefault(new SchoolYear(year), List.of());
            entries.add(LinkView.of(year + "年", OutputPaths.link(DataPaths.years(), path),
                    note(reports.size(), yearProjects.size(), yearAid.size(), yearFees.isEmpty() ? "" : new SchoolYear(year).label())));
            var view = view(year, path, years, reports, yearProjects, yearAid, yearFees);
            var meta = layouts.itemMeta().ofDataPage(DataPageMeta.year(year), view.heading(), "");
            sink.write(path, templates.render("year", layouts.layout(path, view.heading(), view.intro(),
                    List.of(new Crumb("年度汇总", DataPaths.years()), new Crumb(year + "年", path))), view, meta));
            written.add(new WrittenPage(path, layouts.itemMeta().lastChanged(DataPageMeta.year(year))));
        }
        String path = DataPaths.years();
        sink.write(path, templates.render("years", layouts.layout(path, "年度汇总", "每年的工作报告、项目投入、学生资助和收费公示一览。",
                List.of(new Crumb("年度汇总", path))), new YearsView(entries)));
        written.add(new WrittenPage(path, Optional.empty()));
        written.sort(Comparator.comparing(WrittenPage::path));
        return written;
    }

    private static String note(int reports, int projects, int aid, String schoolYear) {
        List<String> parts = new ArrayList<>();
        if (reports > 0) {
            parts.add(reports + "篇报告");
        }
        if (projects > 0) {
            parts.add(projects + "个项目");
        }
        if (aid > 0) {
            parts.add(aid + "项资助");
        }
        if (!schoolYear.isEmpty()) {
            parts.add(schoolYear + "收费公示");
        }
        return String.join(" · ", parts);
    }

    private YearView view(int year, String path, SortedSet<Integer> years, List<Report> reports, List<Project> projects,
                          List<AidRecord> aid, List<Fee> fees) {
        List<LinkView> yearLinks = new ArrayList<>();
        for (int other : years) {
            LinkView link = LinkView.of(other + "年", OutputPaths.link(path, DataPaths.year(other)));
            yearLinks.add(other == year ? link.asCurrent() : link);
        }
        List<YearView.ReportGroup> reportGroups = new ArrayList<>();
        Map<Category, List<LinkView>> byCategory = new EnumMap<>(Category.class);
        for (Report report : reports) {
            byCategory.computeIfAbsent(report.category(), c -> new ArrayList<>())
                    .add(LinkView.of(report.title(), OutputPaths.link(path, OutputPaths.report(report.slug())),
                            DataFormats.date(report.date())));
        }
        byCategory.forEach((category, links) -> reportGroups.add(new YearView.ReportGroup(category.label(), links)));

        List<YearView.ProgramRow> programRows = new ArrayList<>();
        ProjectPage.byProgram(projects).forEach((program, list) -> {
            MoneyTotals totals = ProjectPage.totals(list);
            totals.sums().forEach(s -> programRows.add(new YearView.ProgramRow(program, s.kind().label(), s.text(), s.count() + "个项目")));
            if (totals.withoutAmount() > 0) {
                programRows.add(new YearView.ProgramRow(program, "未列金额", "", totals.withoutAmount() + "个项目"));
            }
        });
        MoneyTotals overall = ProjectPage.totals(projects);
        List<YearView.StatusRow> statusRows = new ArrayList<>();
        Map<ProjectStatus, List<Project>> byStatus = new EnumMap<>(ProjectStatus.class);
        projects.forEach(p -> byStatus.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(p));
        byStatus.forEach((status, list) -> {
            MoneyTotals totals = ProjectPage.totals(list);
            List<String> amounts = new ArrayList<>();
            totals.sums().forEach(s -> amounts.add(s.kind().label() + " " + s.text()));
            statusRows.add(new YearView.StatusRow(status.label(), list.size() + "个", String.join("；", amounts)));
        });

        List<AidView.YearView> aidViews = aid.isEmpty() ? List.of() : List.of(AidPage.year(year, aid));

        SchoolYear schoolYear = new SchoolYear(year);
        String feesUrl = fees.isEmpty() ? "" : OutputPaths.link(path, DataPaths.feesDir(schoolYear) + "index.html");
        String feeSummary = "";
        List<YearView.FeeChange> changes = new ArrayList<>();
        if (!fees.isEmpty()) {
            long schools = fees.stream().map(Fee::school).distinct().count();
            long exempt = fees.stream().filter(f -> f.status() == FeeStatus.EXEMPT).count();
            long voluntary = fees.stream().filter(Fee::voluntary).count();
            for (Fee fee : fees) {
                if (history.changed(fee) && changes.size() < 50) {
                    Fee previous = history.previous(fee).orElseThrow();
                    changes.add(new YearView.FeeChange(fee.school(), fee.stage().label(), fee.item(), previous.amount().plain(),
                            fee.amount().plain(), fee.unit().label()));
                }
            }
            long changed = fees.stream().filter(history::changed).count();
            feeSummary = schools + "所学校公示" + fees.size() + "个收费项目；免收" + exempt + "项，自愿收取" + voluntary
                    + "项；标准较上学年调整" + changed + "项。";
        }
        List<DownloadView> downloads = new ArrayList<>();
        if (!projects.isEmpty()) {
            downloads.add(new DownloadView("全部项目明细", OutputPaths.link(path, DataPaths.PROJECTS + "projects.csv"),
                    OutputPaths.link(path, DataPaths.PROJECTS + "projects.xlsx"), site.datasets().projects().size() + "行"));
        }
        if (!aid.isEmpty()) {
            downloads.add(new DownloadView("全部资助明细", OutputPaths.link(path, DataPaths.AID + "aid.csv"),
                    OutputPaths.link(path, DataPaths.AID + "aid.xlsx"), site.datasets().aid().size() + "行"));
        }
        if (!fees.isEmpty()) {
            downloads.add(new DownloadView(schoolYear.label() + "收费公示",
                    OutputPaths.link(path, DataPaths.feesDir(schoolYear) + "fees-" + schoolYear + ".csv"),
                    OutputPaths.link(path, DataPaths.feesDir(schoolYear) + "fees-" + schoolYear + ".xlsx"), fees.size() + "行"));
        }
        String heading = DataPageList.yearTitle(year);
        String intro = year + "年的工作报告、项目投入和学生资助，以及" + schoolYear.label() + "的收费公示。金额单位为万元，"
                + "计划、预算的资金不与到位、投入的资金相加；助学贷款不计入资助合计。";
        return new YearView(heading, intro, yearLinks,
                OutputPaths.link(path, OutputPaths.yearDir(year) + "index.html"), reports.size() + "篇", reportGroups,
                OutputPaths.link(path, DataPaths.projects()), programRows, ProjectPage.totalViews(overall),
                ProjectPage.withoutAmount(overall), statusRows,
                projects.isEmpty() ? List.of() : yearCharts(year, overall, projects),
                OutputPaths.link(path, DataPaths.aid()), aidViews, feesUrl, schoolYear.label(), feeSummary, changes, downloads);
    }

    private static List<ChartView> yearCharts(int year, MoneyTotals overall, List<Project> projects) {
        return ProjectPage.charts(overall, projects).stream()
                .map(c -> new ChartView(year + "年" + c.caption(), c.svg())).toList();
    }
}
