package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Datasets;
import org.gongkai.model.Site;
import org.gongkai.render.Layouts;
import org.gongkai.render.NavSection;
import org.gongkai.render.PageSink;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.Summaries;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.render.catalog.CatalogPages;
import org.gongkai.work.BuildWork;

/**
 * Renders the pages and downloads made from the data tables: 收费公示, 项目建设, 学生资助 (each only when its
 * table exists) and the 年度汇总 of every year with content.
 */
public final class DataPages {

    private final Templates templates;
    private final MarkdownRenderer markdown;

    public DataPages(Templates templates) {
        this(templates, new MarkdownRenderer());
    }

    /** @param markdown renders the prose of the annual reports */
    public DataPages(Templates templates, MarkdownRenderer markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /**
     * Writes every data page and download, on all cores (on the fork-join pool of the caller); the files are the same
     * whatever the number of threads. Returns the pages sorted by path.
     */
    public List<WrittenPage> render(Site site, ReportIndex index, List<NavSection> sections, PageSink sink) {
        return start(new BuildWork(), site, index, sections, sink).finish();
    }

    /**
     * Starts writing the data pages as tasks of {@code work} and returns at once, so the caller can render other
     * pages meanwhile; it then calls {@link Rendering#finish}, where it takes part in what is left. When the caller
     * fails instead, {@link BuildWork#abandon} stops them.
     */
    public Rendering start(BuildWork work, Site site, ReportIndex index, List<NavSection> sections, PageSink sink) {
        // planned on a pool thread too: the fee table's rows are prepared for the downloads meanwhile
        return new Rendering(work, work.fork(() -> jobs(site, index, sections, sink).stream().map(work::fork).toList()));
    }

    /** One unit of the data pages' work: writes its files and returns the pages among them. */
    interface Job extends Supplier<List<WrittenPage>> {
    }

    /** The data pages being written. */
    public static final class Rendering {

        private final BuildWork work;
        private final BuildWork.Task<List<BuildWork.Task<List<WrittenPage>>>> jobs;

        private Rendering(BuildWork work, BuildWork.Task<List<BuildWork.Task<List<WrittenPage>>>> jobs) {
            this.work = work;
            this.jobs = jobs;
        }

        /** Helps with the pages left, waits for the rest, and returns them sorted by path (or rethrows a failure). */
        public List<WrittenPage> finish() {
            List<WrittenPage> written = new ArrayList<>();
            work.joinAll(jobs.join()).forEach(written::addAll);
            written.sort(Comparator.comparing(WrittenPage::path));
            return written;
        }
    }

    private List<Job> jobs(Site site, ReportIndex index, List<NavSection> sections, PageSink sink) {
        Layouts layouts = new Layouts(site, sections, templates.customCss());
        Datasets data = site.datasets();
        FeeHistory history = new FeeHistory(data.fees());
        // the jobs of middling length first, then the fee downloads (the longest), then the many short fee pages:
        // what is left at the end is short enough to share out evenly between the threads
        List<Job> jobs = new ArrayList<>();
        jobs.add(() -> new YearPages(templates, layouts, site, index, history).render(sink));
        jobs.add(() -> new XxgkPages(templates, layouts, markdown, site).render(sink));
        jobs.add(() -> new AnnualReportPages(templates, layouts, markdown, site).render(sink));
        if (!data.projects().isEmpty()) {
            jobs.add(() -> new ProjectPage(templates, layouts).render(data.projects(), sink));
        }
        if (!data.aid().isEmpty()) {
            jobs.add(() -> new AidPage(templates, layouts).render(data.aid(), sink));
        }
        if (!data.fees().isEmpty()) {
            jobs.addAll(new FeePages(templates, layouts, site.config().contacts(), data.fees(), history).jobs(sink));
        }
        return jobs;
    }

    /**
     * The 政府信息公开目录 and the 法定主动公开内容 ({@link CatalogPages}): written after the reports, since they list
     * the reports' summaries as their pages show them.
     */
    public List<WrittenPage> renderCatalog(Site site, List<NavSection> sections, Summaries summaries, PageSink sink) {
        return new CatalogPages(templates).render(site, sections, summaries, sink);
    }
}
