package org.gongkai.render.data;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.model.Project;
import org.gongkai.model.ProjectStatus;
import org.gongkai.model.DataPageMeta;
import org.gongkai.render.Crumb;
import org.gongkai.render.DataPageList;
import org.gongkai.render.DataPaths;
import org.gongkai.render.Layouts;
import org.gongkai.render.PageSink;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;

/** {@code projects/index.html}: every project by programme, with per-programme and overall totals. */
final class ProjectPage {

    private final Templates templates;
    private final Layouts layouts;

    ProjectPage(Templates templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    List<WrittenPage> render(List<Project> projects, PageSink sink) {
        String path = DataPaths.projects();
        List<ProjectsView.GroupView> groups = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Project>> group : byProgram(projects).entrySet()) {
            String id = "program-" + (++n);
            MoneyTotals totals = totals(group.getValue());
            groups.add(new ProjectsView.GroupView(group.getKey(), id, id + "-caption",
                    group.getKey() + "（" + group.getValue().size() + "个）",
                    group.getValue().stream().map(ProjectPage::row).toList(), totalViews(totals), withoutAmount(totals)));
        }
        MoneyTotals overall = totals(projects);
        String intro = "按项目类别列出各项目的状态（及其截至日期）、资金、分级来源、面积和成果。金额单位为万元；"
                + "「约」表示原文为约数（多、余、约、超）。合计按资金性质分列：计划、预算的资金不与到位、下达、投入的资金相加。";
        String summary = projects.size() + "个项目，分" + groups.size() + "个类别。";
        var view = new ProjectsView(intro, summary, totalViews(overall), withoutAmount(overall),
                statusCounts(projects), List.of(new DownloadView("项目表", "projects.csv", "projects.xlsx", projects.size() + "行")),
                groups, charts(overall, projects));
        var meta = layouts.itemMeta().ofDataPage(DataPageMeta.PROJECTS, "项目建设", DataPageList.PROJECTS_SUBJECT);
        sink.write(path, templates.render("projects", layouts.layout(path, "项目建设", intro,
                List.of(new Crumb("项目建设", path))), view, meta));
        Downloads<Project> downloads = ProjectTable.downloads();
        sink.write(DataPaths.PROJECTS + "projects.csv", downloads.csv(projects));
        sink.write(DataPaths.PROJECTS + "projects.xlsx", downloads.xlsx(projects));
        return List.of(new WrittenPage(path, layouts.itemMeta().lastChanged(DataPageMeta.PROJECTS)));
    }

    /** Programmes by their Chinese name; projects newest year first, then in file order. */
    static Map<String, List<Project>> byProgram(List<Project> projects) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, List<Project>> groups = new TreeMap<>(((Comparator<String>) collator::compare).thenComparing(Comparator.naturalOrder()));
        for (Project project : projects) {
            groups.computeIfAbsent(project.program(), p -> new ArrayList<>()).add(project);
        }
        groups.values().forEach(list -> list.sort(Comparator.comparingInt(Project::year).reversed()));
        return groups;
    }

    static MoneyTotals totals(List<Project> projects) {
        MoneyTotals totals = new MoneyTotals();
        for (Project p : projects) {
            if (p.total().isPresent()) {
                totals.add(p.amountKind().orElseThrow(), p.total().get(), p.approximate());
            } else {
                totals.addWithoutAmount();
            }
        }
        return totals;
    }

    static List<ProjectsView.TotalView> totalViews(MoneyTotals totals) {
        return totals.sums().stream()
                .map(s -> new ProjectsView.TotalView(s.kind().label(), s.text(), s.count() + "个项目")).toList();
    }

    static String withoutAmount(MoneyTotals totals) {
        return totals.withoutAmount() == 0 ? "" : "另有" + totals.withoutAmount() + "个项目未列金额，不计入合计。";
    }

    private static List<ProjectsView.StatusCount> statusCounts(List<Project> projects) {
        Map<ProjectStatus, Integer> counts = new EnumMap<>(ProjectStatus.class);
        projects.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        List<ProjectsView.StatusCount> list = new ArrayList<>();
        counts.forEach((status, count) -> list.add(new ProjectsView.StatusCount(status.label(), count + "个")));
        return list;
    }

    /** One chart per kind of money: its total by programme. */
    static List<ChartView> charts(MoneyTotals overall, List<Project> projects) {
        List<ChartView> charts = new ArrayList<>();
        for (MoneyTotals.Sum sum : overall.sums()) {
            List<BarChart.Bar> bars = new ArrayList<>();
            byProgram(projects).forEach((program, list) -> {
                MoneyTotals.Sum part = totals(list).get(sum.kind());
                if (part != null) {
                    bars.add(new BarChart.Bar(program, part.total().value(), part.text()));
                }
            });
            String caption = "项目资金（" + sum.kind().label() + "，万元）按项目类别";
            charts.add(new ChartView(caption, BarChart.svg("chart-projects-" + sum.kind().name().toLowerCase(Locale.ROOT),
                    caption, "万元", bars)));
        }
        return charts;
    }

    private static ProjectsView.RowView row(Project p) {
        List<String> split = new ArrayList<>();
        p.central().ifPresent(a -> split.add("中央 " + a.plain()));
        p.provincial().ifPresent(a -> split.add("省级 " + a.plain()));
        p.municipal().ifPresent(a -> split.add("市级 " + a.plain()));
        p.county().ifPresent(a -> split.add("县级 " + a.plain()));
        p.other().ifPresent(a -> split.add("其他 " + a.plain()));
        String funding = p.fundingSource() + (p.funder().isEmpty() ? "" : (p.fundingSource().isEmpty() ? "" : "（") + p.funder()
                + (p.fundingSource().isEmpty() ? "" : "）"));
        return new ProjectsView.RowView(p.project(), p.region(), p.site(), String.valueOf(p.year()), p.worksType(),
                p.status().label(), DataFormats.date(p.statusAsOf()), DataFormats.wan(p.total(), p.approximate()),
                p.amountKind().map(k -> k.label()).orElse(""), p.approximate(), String.join("；", split), funding,
                p.itemCount().isPresent() ? p.itemCount().getAsInt() + p.countUnit() : "",
                p.areaSqm().isPresent() ? String.valueOf(p.areaSqm().getAsLong()) : "", p.outputs(),
                DataFormats.date(p.plannedCompletion()), p.notes());
    }
}
