package org.gongkai.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Report;

/**
 * The one-paragraph text shown for a report in lists, in the feed and as its page's description:
 * its {@code summary}, or else the plain text of its body's first paragraph ({@link MarkdownRenderer#lead}), cut
 * at 140 characters.
 *
 * <p>The first paragraph comes from the parse that renders the report's page ({@link #remember}); a build renders
 * every report page before any list, so no report is parsed for its summary alone. A report whose page this
 * renderer has not rendered (the preview compares the list entries of an edited report before rendering it) is
 * parsed when asked for. Remembered by the body's identity: unchanged reports keep their body string from one
 * preview rebuild to the next, an edited one has a new one. Safe for the threads that render pages in parallel.
 */
public final class Summaries {

    static final int MAX = 140;

    private final MarkdownRenderer markdown;
    private final Map<String, String> byBody = Collections.synchronizedMap(new IdentityHashMap<>());

    Summaries(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String of(Report report) {
        if (!report.summary().isEmpty()) {
            return report.summary();
        }
        String summary = byBody.get(report.body());
        if (summary == null) {
            summary = cut(markdown.lead(report.body()));
            byBody.put(report.body(), summary);
        }
        return summary;
    }

    /** Keeps the first paragraph of a report, taken from the parse its page was just rendered from. */
    /** The lead of a Markdown body cut as a report's summary is: the 目录's 内容概述 of a free page. */
    public String lead(String body) {
        return cut(markdown.lead(body));
    }

    void remember(Report report, String lead) {
        byBody.put(report.body(), cut(lead));
    }

    /** Takes a report's summary as an earlier build worked it out ({@link #of}), its body being unchanged since. */
    public void restore(Report report, String summary) {
        if (report.summary().isEmpty()) {
            byBody.put(report.body(), summary);
        }
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX)) + "…";
    }
}
