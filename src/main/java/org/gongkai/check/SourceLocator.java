package org.gongkai.check;

import java.util.HashMap;
import java.util.Map;

import org.gongkai.model.FreePage;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.problem.SourcePosition;
import org.gongkai.render.OutputPaths;

/**
 * Traces a problem on a built page back to the Markdown line it came from, so an editor fixes the source, not the
 * output. Pages made by the theme alone, and needles not found in the source, keep the built page's position.
 */
final class SourceLocator {

    private record Source(String file, String body, int bodyLine) {
    }

    private final Map<String, Source> sources = new HashMap<>();

    SourceLocator(Site site) {
        for (Report report : site.reports()) {
            sources.put(OutputPaths.report(report.slug()), new Source(report.sourcePath(), report.body(), report.bodyLine()));
        }
        for (FreePage page : site.pages()) {
            sources.put(OutputPaths.page(page.slug()), new Source(page.sourcePath(), page.body(), page.bodyLine()));
        }
    }

    SourcePosition locate(PageIssue issue) {
        Source source = sources.get(issue.page());
        if (source != null && !issue.needle().isBlank()) {
            String[] lines = source.body().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf(issue.needle());
                if (at >= 0 && (!issue.kind().equals("heading-level") || lines[i].stripLeading().startsWith("#"))) {
                    return SourcePosition.of(source.file(), source.bodyLine() + i, lines[i].codePointCount(0, at) + 1);
                }
            }
        }
        return SourcePosition.of("site/" + issue.page(), issue.line());
    }
}
