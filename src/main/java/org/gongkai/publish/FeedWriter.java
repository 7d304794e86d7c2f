package org.gongkai.publish;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.model.Report;
import org.gongkai.model.SiteConfig;
import org.gongkai.render.OutputPaths;
import org.gongkai.render.Summaries;

/**
 * {@code feed.xml}: an Atom feed of the newest reports. Atom needs absolute URLs, so it is written only when
 * {@code base_url} is known. Times are the report dates at midnight China time: output depends on input only.
 */
final class FeedWriter {

    static final int ENTRIES = 50;

    private FeedWriter() {
    }

    static String feed(SiteConfig config, List<Report> newestFirst, Summaries summaries) {
        String base = config.baseUrl();
        LocalDate updated = newestFirst.isEmpty() ? LocalDate.of(2000, 1, 1) : newestFirst.get(0).date();
        StringBuilder xml = new StringBuilder(64 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.language())).append("\">\n");
        xml.append("  <title>").append(Xml.escape(config.title())).append("</title>\n");
        xml.append("  <subtitle>").append(Xml.escape(config.bureau())).append("主动公开的工作报告</subtitle>\n");
        xml.append("  <id>").append(Xml.escape(base)).append("</id>\n");
        xml.append("  <link rel=\"self\" href=\"").append(Xml.escape(base + OutputPaths.FEED)).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base)).append("\"/>\n");
        xml.append("  <updated>").append(time(updated)).append("</updated>\n");
        xml.append("  <author><name>").append(Xml.escape(config.bureau())).append("</name></author>\n");
        for (Report report : newestFirst.subList(0, Math.min(ENTRIES, newestFirst.size()))) {
            String url = OutputPaths.absolute(base, OutputPaths.report(report.slug()));
            xml.append("  <entry>\n");
            xml.append("    <title>").append(Xml.escape(report.title())).append("</title>\n");
            xml.append("    <id>").append(Xml.escape(url)).append("</id>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            xml.append("    <published>").append(time(report.meta().published().orElse(report.date()))).append("</published>\n");
            xml.append("    <updated>").append(time(report.lastChanged())).append("</updated>\n");
            xml.append("    <author><name>").append(Xml.escape(report.department())).append("</name></author>\n");
            xml.append("    <category term=\"").append(Xml.escape(report.category().label())).append("\"/>\n");
            String summary = summaries.of(report);
            if (!summary.isEmpty()) {
                xml.append("    <summary>").append(Xml.escape(summary)).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }

    private static String time(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
