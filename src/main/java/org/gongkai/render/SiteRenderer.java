package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.FreePage;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.StaticFile;
import org.gongkai.problem.FileFailure;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.render.view.FreePageView;
import org.gongkai.render.view.HomeView;
import org.gongkai.render.view.LinkView;
import org.gongkai.render.view.ListView;
import org.gongkai.render.view.RedirectView;
import org.gongkai.render.view.ReportEntryView;
import org.gongkai.work.BuildWork;

/**
 * Render stage: every HTML page of the site, the theme's assets and the static files, written to a
 * {@link PageSink}. Reports are rendered in parallel; nothing here holds mutable state shared between pages.
 */
public final class SiteRenderer {

    public static final int PAGE_SIZE = 50;
    static final int LATEST_ON_HOME = 10;
    private static final Set<String> RESERVED_SLUGS = Set.of("page", "category", "department", "tag");

    private final Templates templates;
    /** A site's additions to the theme's CSS: linked after site.css when the theme folder has it. */
    static final String CUSTOM_CSS = "css/custom.css";

    private final Theme theme;
    private final MarkdownRenderer markdown;
    private final Summaries summaries;

    public SiteRenderer(Theme theme, Templates templates, MarkdownRenderer markdown) {
        this.theme = theme;
        this.templates = templates;
        this.markdown = markdown;
        this.summaries = new Summaries(markdown);
    }

    /** The reports' summaries, as this renderer's pages show them; the feed shows the same. */
    public Summaries summaries() {
        return summaries;
    }

    /** The sections of the main navigation: 工作报告, then each data section that has data, then 年度汇总. */
    public static List<NavSection> sections(Site site) {
        List<NavSection> sections = new ArrayList<>();
        sections.add(new NavSection("工作报告", OutputPaths.listPage(OutputPaths.REPORTS, 1),
                "工作总结、工作汇报、工作要点，按年度、类别和发文单位浏览"));
        if (!site.datasets().fees().isEmpty()) {
            sections.add(new NavSection("收费公示", DataPaths.fees(), "各学校收费项目、标准、依据和投诉电话，按学年公示"));
        }
        if (!site.datasets().projects().isEmpty()) {
            sections.add(new NavSection("项目建设", DataPaths.projects(), "校舍和办学条件项目：资金、进度和成果"));
        }
        if (!site.datasets().aid().isEmpty()) {
            sections.add(new NavSection("学生资助", DataPaths.aid(), "各类资助项目的资金和受助人数，贷款单列"));
        }
        if (!DataPaths.summaryYears(site).isEmpty()) {
            sections.add(new NavSection("年度汇总", DataPaths.years(), "每年的报告、项目投入、学生资助和收费公示一览"));
        }
        sections.add(new NavSection("政府信息公开", XxgkPaths.index(), "政府信息公开指南、制度、法定主动公开内容、年报和依申请公开"));
        return sections;
    }

    /** Checks that no two outputs claim one path; reports what collides with what. */
    public void checkPaths(Site site, ReportIndex index, Problems problems) {
        Map<String, String> claimed = new HashMap<>();
        for (Report report : site.reports()) {
            boolean yearLike = fourDigits(report.slug()) && index.byYear().containsKey(Integer.parseInt(report.slug()));
            if (RESERVED_SLUGS.contains(report.slug()) || yearLike) {
                problems.add(Problem.error(SourcePosition.of(report.sourcePath()),
                        Text.of("render.slugIsAList", report.slug()), Text.of("render.slugIsAList.hint", report.slug(), report.date())));
            }
            claimed.put(OutputPaths.report(report.slug()), report.sourcePath());
        }
        for (FreePage page : site.pages()) {
            claimed.put(OutputPaths.page(page.slug()), page.sourcePath());
        }
        for (StaticFile file : site.staticFiles()) {
            String owner = claimed.putIfAbsent(file.sitePath(), "content/static/" + file.sitePath());
            if (owner != null || isGenerated(file.sitePath()) || DataPaths.isReserved(site, file.sitePath())) {
                problems.add(Problem.error(SourcePosition.of("content/static/" + file.sitePath()),
                        Text.of("render.staticCollides"), Text.of("render.staticCollides.hint")));
            }
        }
        for (Report report : site.reports()) {
            for (String alias : report.aliases()) {
                String owner = claimed.putIfAbsent(alias, report.sourcePath());
                if (owner != null || isGenerated(alias) || DataPaths.isReserved(site, alias)) {
                    problems.add(Problem.error(SourcePosition.of(report.sourcePath()),
                            owner == null ? Text.of("render.aliasGenerated", alias) : Text.of("render.aliasTaken", alias, owner),
                            Text.of("render.alias.hint")));
                }
            }
        }
    }

    /** Whether a slug is four ASCII digits, as a year list's folder is (not a regex per report: the preview checks every one). */
    private static boolean fourDigits(String slug) {
        return slug.length() == 4 && slug.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isGenerated(String path) {
        return path.equals(OutputPaths.HOME) || path.equals(OutputPaths.NOT_FOUND) || path.equals(OutputPaths.FEED)
                || path.equals(OutputPaths.SITEMAP) || path.startsWith("assets/") || path.startsWith(OutputPaths.REPORTS)
                || XxgkPaths.isCatalogOutput(path) || XxgkPaths.isColumnPage(path);
    }

    public List<WrittenPage> render(Site site, ReportIndex index, List<NavSection> sections, PageSink sink) {
        return render(site, index, sections, sink, ReportInspector.NONE);
    }

    /** Renders the whole site; {@code inspector} sees each report's parsed body first. */
    public List<WrittenPage> render(Site site, ReportIndex index, List<NavSection> sections, PageSink sink,
                                    ReportInspector inspector) {
        return render(site, index, sections, sink, inspector, RenderScope.ALL);
    }

    /**
     * Renders what {@code scope} names; returns every HTML page of the site that it covers, the report pages it left
     * out included (for the sitemap).
     */
    public List<WrittenPage> render(Site site, ReportIndex index, List<NavSection> sections, PageSink sink,
                                    ReportInspector inspector, RenderScope scope) {
        return render(site, index, sections, sink, inspector, scope, new BuildWork());
    }

    /**
     * As above, the report and list pages written as tasks of {@code work} (the build's): when one fails, the
     * others have stopped writing by the time this throws.
     */
    public List<WrittenPage> render(Site site, ReportIndex index, List<NavSection> sections, PageSink sink,
                                    ReportInspector inspector, RenderScope scope, BuildWork work) {
        Layouts layouts = new Layouts(site, sections, inlineCss(), templates.customCss());
        // report pages first: rendering them remembers each report's first paragraph for the lists' summaries
        List<WrittenPage> written = new ArrayList<>(work.map(site.reports(), report -> scope.reports().test(report)
                ? FileFailure.during(report.sourcePath(), () -> renderReport(report, index, layouts, sink, inspector))
                : reportPage(report)));
        renderAliases(site.reports().stream().filter(scope.reports()).toList(), sink);
        if (!scope.rest()) {
            return sorted(written);
        }
        written.addAll(renderLists(index, layouts, sink, work));
        for (FreePage page : site.pages()) {
            written.add(FileFailure.during(page.sourcePath(), () -> renderPage(page, layouts, sink)));
        }
        written.add(renderHome(site, index, layouts, sink));
        renderNotFound(layouts, sink);
        theme.assets().forEach((name, bytes) -> sink.write(OutputPaths.asset(name), bytes));
        for (StaticFile file : site.staticFiles()) {
            sink.copy(file.source(), file.sitePath());
        }
        return sorted(written);
    }

    private static List<WrittenPage> sorted(List<WrittenPage> pages) {
        List<WrittenPage> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing(WrittenPage::path));
        return sorted;
    }

    /** The page of a report as the sitemap lists it. */
    private static WrittenPage reportPage(Report report) {
        return new WrittenPage(OutputPaths.report(report.slug()), Optional.of(report.lastChanged()));
    }

    /**
     * What a report's page shows of other reports and of the site's sections (its neighbours, the reports of its
     * year, the lists its tags and department link to): an unchanged report whose context and sections are unchanged
     * has the same page as before.
     */
    public static String pageContext(Report report, ReportIndex index) {
        return ReportViews.context(report, index).toString();
    }

    /**
     * The theme's screen CSS, then a site's own {@code custom.css} (so its rules win, as when linked), then the print
     * CSS inside {@code @media print}: for self-contained pages.
     */
    private String inlineCss() {
        byte[] screen = theme.assets().getOrDefault("css/site.css", new byte[0]);
        byte[] custom = theme.assets().getOrDefault(CUSTOM_CSS, new byte[0]);
        byte[] print = theme.assets().getOrDefault("css/print.css", new byte[0]);
        return new String(screen, java.nio.charset.StandardCharsets.UTF_8)
                + (custom.length == 0 ? "" : "\n" + new String(custom, java.nio.charset.StandardCharsets.UTF_8))
                + "\n@media print {\n" + new String(print, java.nio.charset.StandardCharsets.UTF_8) + "}\n";
    }

    /** Renders one report page. */
    public WrittenPage renderReport(Report report, ReportIndex index, Layouts layouts, PageSink sink,
                                    ReportInspector inspector) {
        String path = OutputPaths.report(report.slug());
        var document = markdown.parse(report.body());
        inspector.inspect(report, document);
        if (report.summary().isEmpty()) {
            summaries.remember(report, markdown.lead(document));
        }
        var view = ReportViews.page(report, markdown.render(document), index);
        var layout = layouts.layout(path, report.title(), summaries.of(report), List.of(
                new Crumb("工作报告", OutputPaths.listPage(OutputPaths.REPORTS, 1)),
                new Crumb(report.year() + "年", OutputPaths.yearDir(report.year()) + "index.html"),
                new Crumb(report.title(), path)));
        var meta = layouts.itemMeta().of(report.title(), report.meta(), Optional.of(report.date()), report.tags());
        sink.write(path, templates.render("report", layout, view, meta));
        return reportPage(report);
    }

    /** One browsable list of reports (all, a year, a category …), before it is split into pages. */
    private record ReportList(String dir, String heading, String intro, List<Report> reports, List<Crumb> trail) {
        int pageCount() {
            return Pagers.pageCount(reports.size(), PAGE_SIZE);
        }
    }

    private static List<ReportList> lists(ReportIndex index) {
        List<ReportList> lists = new ArrayList<>();
        lists.add(new ReportList(OutputPaths.REPORTS, "工作报告", "本站公开的全部工作报告，按成文日期排列，最新的在前。",
                index.all(), List.of()));
        index.byYear().forEach((year, reports) -> lists.add(new ReportList(OutputPaths.yearDir(year), year + "年工作报告",
                "报告所述年度为" + year + "年。", reports, List.of(new Crumb(year + "年", OutputPaths.yearDir(year))))));
        index.byCategory().forEach((category, reports) -> lists.add(new ReportList(OutputPaths.categoryDir(category),
                "类别：" + category.label(), "", reports, List.of(new Crumb(category.label(), OutputPaths.categoryDir(category))))));
        index.byDepartment().forEach((department, reports) -> lists.add(new ReportList(index.departmentDir(department),
                "发文单位：" + department, "", reports, List.of(new Crumb(department, index.departmentDir(department))))));
        index.byTag().forEach((tag, reports) -> lists.add(new ReportList(index.tagDir(tag), "标签：" + tag, "",
                reports, List.of(new Crumb("标签：" + tag, index.tagDir(tag))))));
        return lists;
    }

    /** Renders every list page. Every page is independent of the others, so they are rendered in parallel. */
    private List<WrittenPage> renderLists(ReportIndex index, Layouts layouts, PageSink sink, BuildWork work) {
        List<Map.Entry<ReportList, Integer>> pages = new ArrayList<>();
        for (ReportList list : lists(index)) {
            for (int n = 1; n <= list.pageCount(); n++) {
                pages.add(Map.entry(list, n));
            }
        }
        // a report is listed on many pages (all, its year, category, department, tags) and the filters are the same on
        // every page of a list after the first: each is worked out once, the links given from the site root
        Map<String, ReportEntryView> entries = new ConcurrentHashMap<>();
        Map<String, List<ListView.FilterGroup>> filters = new ConcurrentHashMap<>();
        return work.map(pages, page -> renderListPage(page.getKey(), page.getValue(), index, layouts, sink, entries, filters));
    }

    private WrittenPage renderListPage(ReportList list, int n, ReportIndex index, Layouts layouts, PageSink sink,
                                       Map<String, ReportEntryView> entryMemo,
                                       Map<String, List<ListView.FilterGroup>> filterMemo) {
        String dir = list.dir();
        List<Report> reports = list.reports();
        String path = OutputPaths.listPage(dir, n);
        String up = "../".repeat(OutputPaths.depth(path));
        List<ReportEntryView> entries = new ArrayList<>();
        for (Report report : reports.subList((n - 1) * PAGE_SIZE, Math.min(reports.size(), n * PAGE_SIZE))) {
            entries.add(entryMemo.computeIfAbsent(report.slug(), slug -> ReportViews.entry(report, OutputPaths.HOME, summaries.of(report))).under(up));
        }
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb("工作报告", OutputPaths.listPage(OutputPaths.REPORTS, 1)));
        for (Crumb step : list.trail()) {
            crumbs.add(new Crumb(step.label(), step.path() + "index.html"));
        }
        String title = n == 1 ? list.heading() : list.heading() + "（第" + n + "页）";
        if (n > 1) {
            crumbs.add(new Crumb("第" + n + "页", path));
        }
        var layout = layouts.layout(path, title, list.intro(), crumbs.size() == 1 && n == 1 ? List.of(crumbs.get(0)) : crumbs);
        var view = new ListView(title, list.intro(), reports.size(), entries, Pagers.pager(dir, n, list.pageCount()),
                filterMemo.computeIfAbsent(n == 1 ? dir : dir + "page/", key -> filters(index, path)));
        sink.write(path, templates.render("list", layout, view));
        return new WrittenPage(path, Optional.empty());
    }

    private static List<ListView.FilterGroup> filters(ReportIndex index, String from) {
        List<LinkView> years = new ArrayList<>();
        index.byYear().forEach((year, reports) -> years.add(link(year + "年", from, OutputPaths.yearDir(year), reports.size())));
        List<LinkView> categories = new ArrayList<>();
        index.byCategory().forEach((category, reports) ->
                categories.add(link(category.label(), from, OutputPaths.categoryDir(category), reports.size())));
        List<LinkView> departments = new ArrayList<>();
        index.byDepartment().forEach((department, reports) ->
                departments.add(link(department, from, index.departmentDir(department), reports.size())));
        return List.of(new ListView.FilterGroup("按年度", years), new ListView.FilterGroup("按类别", categories),
                new ListView.FilterGroup("按发文单位", departments));
    }

    private static LinkView link(String label, String from, String dir, int count) {
        String target = dir + "index.html";
        LinkView link = LinkView.of(label, OutputPaths.link(from, target), count + "篇");
        return from.startsWith(dir) ? link.asCurrent() : link;
    }

    private WrittenPage renderPage(FreePage page, Layouts layouts, PageSink sink) {
        String path = OutputPaths.page(page.slug());
        var layout = layouts.layout(path, page.title(), "", List.<Crumb>of(new Crumb(page.title(), path)));
        var meta = layouts.itemMeta().of(page.title(), page.meta(), Optional.empty(), List.of());
        sink.write(path, templates.render("page", layout, new FreePageView(page.title(), markdown.render(page.body()).html()),
                meta));
        return new WrittenPage(path, page.meta().updated().or(page.meta()::published));
    }

    private WrittenPage renderHome(Site site, ReportIndex index, Layouts layouts, PageSink sink) {
        String path = OutputPaths.HOME;
        List<ReportEntryView> latest = index.all().stream().limit(LATEST_ON_HOME)
                .map(r -> ReportViews.entry(r, path, summaries.of(r))).toList();
        List<LinkView> sections = layouts.sections().stream()
                .map(s -> LinkView.of(s.label(), OutputPaths.link(path, s.path()), s.description())).toList();
        List<LinkView> years = new ArrayList<>();
        index.byYear().forEach((year, reports) -> years.add(link(year + "年", path, OutputPaths.yearDir(year), reports.size())));
        List<LinkView> categories = new ArrayList<>();
        index.byCategory().forEach((category, reports) ->
                categories.add(link(category.label(), path, OutputPaths.categoryDir(category), reports.size())));
        List<LinkView> pages = site.pages().stream()
                .map(p -> LinkView.of(p.title(), OutputPaths.link(path, OutputPaths.page(p.slug())))).toList();
        List<LinkView> summaryYears = DataPaths.summaryYears(site).stream()
                .map(year -> LinkView.of(year + "年", OutputPaths.link(path, DataPaths.year(year)))).toList();
        var view = new HomeView(site.config().title(), site.config().bureau(), index.all().size(), latest,
                OutputPaths.link(path, OutputPaths.listPage(OutputPaths.REPORTS, 1)), sections, years, categories,
                pages, layouts.contacts(), summaryYears);
        var layout = layouts.layout(path, site.config().title(), site.config().bureau() + "依法主动公开的工作报告、收费公示、项目和资助信息。", List.of());
        sink.write(path, templates.render("home", layout, view));
        return new WrittenPage(path, Optional.empty());
    }

    private void renderNotFound(Layouts layouts, PageSink sink) {
        sink.write(OutputPaths.NOT_FOUND, templates.render("404", layouts.notFoundLayout("页面未找到")));
    }

    private void renderAliases(List<Report> reports, PageSink sink) {
        for (Report report : reports) {
            for (String alias : report.aliases()) {
                String target = OutputPaths.link(alias, OutputPaths.report(report.slug()));
                sink.write(alias, templates.render("redirect", new RedirectView(report.title(), target)));
            }
        }
    }
}
