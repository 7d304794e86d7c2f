package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.markdown.OutlineEntry;
import org.gongkai.markdown.RenderedMarkdown;
import org.gongkai.model.Attachment;
import org.gongkai.model.Report;
import org.gongkai.render.view.AttachmentView;
import org.gongkai.render.view.LinkView;
import org.gongkai.render.view.OutlineView;
import org.gongkai.render.view.ReportEntryView;
import org.gongkai.render.view.ReportView;

/** Makes the views of a report: the full page, and its entry in lists. */
final class ReportViews {

    /** How many other reports of its year a report page lists. */
    static final int RELATED = 5;

    private ReportViews() {
    }

    static ReportView page(Report report, RenderedMarkdown body, ReportIndex index) {
        String from = OutputPaths.report(report.slug());
        Context context = context(report, index);
        List<AttachmentView> attachments = new ArrayList<>();
        for (Attachment a : report.attachments()) {
            attachments.add(new AttachmentView(a.fileName(), OutputPaths.link(from, UrlEncoding.path(a.path())),
                    a.typeLabel(), Formats.fileSize(a.sizeBytes())));
        }
        List<LinkView> tags = context.tags();
        Optional<LinkView> newer = context.newer();
        Optional<LinkView> older = context.older();
        List<LinkView> related = context.related();
        return new ReportView(report.title(), report.department(), context.department(),
                Formats.chineseDate(report.date()), report.date().toString(), report.year(),
                OutputPaths.link(from, OutputPaths.yearDir(report.year()) + "index.html"),
                report.period().label(), report.category().label(),
                OutputPaths.link(from, OutputPaths.categoryDir(report.category()) + "index.html"),
                tags, report.summary(), outline(body.outline()), body.html(), attachments, newer, older, related,
                report.draft(), OutputPaths.link(from, DataPaths.year(report.year())));
    }

    /** What a report's page shows that depends on other reports: the links to its lists and to other reports. */
    record Context(List<LinkView> tags, String department, Optional<LinkView> newer, Optional<LinkView> older,
                   List<LinkView> related) {
    }

    static Context context(Report report, ReportIndex index) {
        String from = OutputPaths.report(report.slug());
        List<LinkView> tags = report.tags().stream()
                .map(tag -> LinkView.of(tag, OutputPaths.link(from, index.tagDir(tag) + "index.html")))
                .toList();
        Optional<LinkView> newer = index.newer(report)
                .map(r -> LinkView.of(r.title(), OutputPaths.link(from, OutputPaths.report(r.slug())), "上一篇（较新）"));
        Optional<LinkView> older = index.older(report)
                .map(r -> LinkView.of(r.title(), OutputPaths.link(from, OutputPaths.report(r.slug())), "下一篇（较早）"));
        List<LinkView> related = index.byYear().getOrDefault(report.year(), List.of()).stream()
                .filter(r -> r != report)
                .limit(RELATED)
                .map(r -> LinkView.of(r.title(), OutputPaths.link(from, OutputPaths.report(r.slug()))))
                .toList();
        return new Context(tags, OutputPaths.link(from, index.departmentDir(report.department()) + "index.html"),
                newer, older, related);
    }

    private static List<OutlineView> outline(List<OutlineEntry> entries) {
        return entries.stream()
                .map(e -> new OutlineView(e.text(), "#" + e.id(), outline(e.children())))
                .toList();
    }

    /** @param summary the report's summary ({@link Summaries#of}) */
    static ReportEntryView entry(Report report, String fromPath, String summary) {
        return new ReportEntryView(report.title(), OutputPaths.link(fromPath, OutputPaths.report(report.slug())),
                Formats.chineseDate(report.date()), report.date().toString(), report.department(),
                report.category().label(), report.period().label(), summary, report.draft());
    }
}
