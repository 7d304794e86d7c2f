package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.gongkai.model.AidRecord;
import org.gongkai.model.Fee;
import org.gongkai.model.FreePage;
import org.gongkai.model.Project;
import org.gongkai.model.Report;
import org.gongkai.model.SchoolYear;
import org.gongkai.model.Site;
import org.gongkai.render.DataPageList;
import org.gongkai.render.DataPaths;
import org.gongkai.render.NavSection;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.Summaries;

/** Everything the search finds on a site, in the order of the index: newest first, then by address. */
final class SearchDocs {

    static final String PAGE = "网页";
    static final String FEES = "收费公示";
    static final String PROJECTS = "项目建设";
    static final String AID = "学生资助";
    static final String SUMMARY = "年度汇总";
    private static final int EXCERPT = 140;
    /**
     * The order of the index: newest first, then by address, title and extra. Written out rather than chained from
     * key extractors: the preview sorts every document on each rebuild, and without the C2 compiler a chain of
     * lambdas is several times slower.
     */
    static final Comparator<SearchDoc> ORDER = (a, b) -> {
        int order = b.date().orElse(LocalDate.MIN).compareTo(a.date().orElse(LocalDate.MIN));
        if (order == 0) {
            order = a.path().compareTo(b.path());
        }
        if (order == 0) {
            order = a.title().compareTo(b.title());
        }
        return order != 0 ? order : a.extra().compareTo(b.extra());
    };

    private SearchDocs() {
    }

    static List<SearchDoc> of(Site site, List<NavSection> sections, Summaries summaries) {
        return of(site, sections, summaries, Optional.empty());
    }

    /**
     * @param rows the documents of the data tables' rows, in the index's order, when the last build made them of these
     *     very tables (the preview's, after report edits): then they are merged in, not made and sorted again
     */
    static List<SearchDoc> of(Site site, List<NavSection> sections, Summaries summaries, Optional<List<SearchDoc>> rows) {
        List<SearchDoc> docs = new ArrayList<>();
        String bureau = site.config().bureau();
        for (Report r : site.reports()) {
            docs.add(new SearchDoc(folder(OutputPaths.report(r.slug())), r.title(), Optional.of(r.date()), r.year(),
                    r.department(), r.category().label(), () -> summaries.of(r), r.body(),
                    r.summary() + " " + String.join(" ", r.tags()) + " " + r.meta().docNumber(), false));
        }
        for (FreePage p : site.pages()) {
            Optional<LocalDate> date = p.meta().published().or(p.meta()::updated);
            docs.add(new SearchDoc(folder(OutputPaths.page(p.slug())), p.title(), date, date.map(LocalDate::getYear).orElse(0),
                    bureau, PAGE, () -> PlainText.excerpt(p.body(), EXCERPT), p.body(), p.meta().docNumber(), false));
        }
        for (NavSection s : sections) {
            if (!s.path().startsWith(OutputPaths.REPORTS)) {
                docs.add(section(folder(s.path()), s.label(), s.description(), bureau, 0));
            }
        }
        TreeSet<SchoolYear> schoolYears = new TreeSet<>();
        site.datasets().fees().forEach(f -> schoolYears.add(f.schoolYear()));
        for (SchoolYear sy : schoolYears) {
            docs.add(section(DataPaths.feesDir(sy), DataPageList.feesTitle(sy), "各学校" + sy.label() + "的收费项目、标准和依据",
                    bureau, sy.startYear()));
        }
        for (int year : DataPaths.summaryYears(site)) {
            docs.add(section(folder(DataPaths.year(year)), DataPageList.yearTitle(year), year + "年的报告、项目投入、学生资助和收费公示",
                    bureau, year));
        }
        if (rows.isEmpty()) {
            site.datasets().fees().forEach(f -> docs.add(fee(f, bureau)));
            site.datasets().projects().forEach(p -> docs.add(project(p, bureau)));
            site.datasets().aid().forEach(a -> docs.add(aid(a, bureau)));
        }
        docs.sort(ORDER);
        return rows.map(sorted -> merged(docs, sorted)).orElse(docs);
    }

    /** The data tables' rows of {@code docs}, in their order. */
    static List<SearchDoc> rows(List<SearchDoc> docs) {
        return docs.stream().filter(SearchDoc::row).toList();
    }

    /** Two lists in the index's order as one, as sorting both together would make it ({@code first}'s first on a tie). */
    private static List<SearchDoc> merged(List<SearchDoc> first, List<SearchDoc> second) {
        List<SearchDoc> all = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            all.add(ORDER.compare(second.get(j), first.get(i)) < 0 ? second.get(j++) : first.get(i++));
        }
        all.addAll(first.subList(i, first.size()));
        all.addAll(second.subList(j, second.size()));
        return all;
    }

    private static SearchDoc section(String path, String title, String description, String bureau, int year) {
        String category = path.startsWith(DataPaths.FEES) ? FEES : path.startsWith(DataPaths.PROJECTS) ? PROJECTS
                : path.startsWith(DataPaths.AID) ? AID : path.startsWith(DataPaths.YEARS) ? SUMMARY : PAGE;
        return new SearchDoc(path, title, Optional.empty(), year, bureau, category, () -> description, "", description, false);
    }

    private static SearchDoc fee(Fee f, String bureau) {
        String title = f.school() + "（" + f.stage().label() + "）" + f.schoolYear().label() + f.item();
        String amount = f.amount().isZero() ? f.status().label() : f.status().label() + " " + f.amount().plain() + " " + f.unit().label();
        String cells = f.item() + "：" + amount + "，" + f.feeType().label() + "，" + f.term().label()
                + (f.voluntary() ? "，自愿" : "") + "；依据" + f.basisDoc() + join("", f.basisDocNo()) + "；审批机关："
                + f.approvingAuthority() + join("；", f.notes());
        return new SearchDoc(DataPaths.feesDir(f.schoolYear()), title, Optional.of(f.effectiveFrom()), f.schoolYear().startYear(),
                bureau, FEES, () -> cells, "", cells, true);
    }

    private static SearchDoc project(Project p, String bureau) {
        String total = p.total().map(t -> "，" + (p.approximate() ? "约" : "") + t.plain() + "万元"
                + p.amountKind().map(k -> "（" + k.label() + "）").orElse("")).orElse("");
        String cells = p.program() + "；" + p.region() + " " + p.site() + "；" + p.worksType() + "，" + p.status().label()
                + "（截至" + p.statusAsOf() + "）" + total + join("；", p.fundingSource()) + join("；", p.outputs())
                + join("；", p.notes());
        return new SearchDoc(folder(DataPaths.projects()), p.project(), Optional.of(p.statusAsOf()), p.year(), bureau, PROJECTS,
                () -> cells, "", cells, true);
    }

    private static SearchDoc aid(AidRecord a, String bureau) {
        String title = a.region() + a.year() + "年" + a.program() + a.stage().map(s -> "（" + s.label() + "）").orElse("");
        String cells = a.program() + "，" + a.term().label() + "，" + a.kind().label() + "，" + a.fundingLevel().label()
                + a.recipients().stream().mapToObj(n -> "，受助" + n + a.recipientUnit().map(u -> u.label()).orElse("")).findFirst().orElse("")
                + a.amount().map(w -> "，" + (a.approximate() ? "约" : "") + w.plain() + "万元").orElse("")
                + join("，", a.perCapitaStandard()) + join("；", a.notes());
        return new SearchDoc(folder(DataPaths.aid()), title, Optional.of(a.asOf()), a.year(), bureau, AID, () -> cells, "", cells, true);
    }

    private static String join(String separator, String value) {
        return value == null || value.isEmpty() ? "" : separator + value;
    }

    /** {@code reports/x/index.html} → {@code reports/x/}: the script adds index.html back where a folder cannot open. */
    static String folder(String path) {
        return OutputPaths.folder(path);
    }
}
