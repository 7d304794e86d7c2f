package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.gongkai.problem.Severity;
import org.gongkai.problem.Text;

/**
 * Accessibility checks on a built site's pages: images without alt text (WCAG 1.1.1) and headings that skip a
 * level (h2 → h4), which breaks the outline screen-reader users navigate by.
 */
final class PageCheck {

    private PageCheck() {
    }

    /**
     * @param page the page's path in the built site
     */
    static List<PageIssue> issues(String page, Document document) {
        List<PageIssue> issues = new ArrayList<>();
        images(page, document, issues);
        headings(page, document, issues);
        return issues;
    }

    private static void images(String page, Document document, List<PageIssue> issues) {
        for (Element image : document.select("img")) {
            // the theme may mark an image decorative with alt=""; an image in the text must say what it shows
            boolean inContent = !image.parents().select(".report-body").isEmpty();
            boolean missing = !image.hasAttr("alt") || inContent && image.attr("alt").isBlank();
            if (missing) {
                String src = image.attr("src");
                issues.add(new PageIssue(page, LinkCheck.lineOf(image), Severity.WARNING, "image-alt",
                        Text.of("check.image.alt", src), Text.of("check.image.alt.hint", src), src));
            }
        }
    }

    private static void headings(String page, Document document, List<PageIssue> issues) {
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                issues.add(new PageIssue(page, LinkCheck.lineOf(heading), Severity.WARNING, "heading-level",
                        Text.of("check.heading.skipped", heading.text(), level, previous),
                        Text.of("check.heading.skipped.hint", "#".repeat(Math.max(1, previous)) + "#"),
                        heading.text()));
            }
            previous = level;
        }
    }
}
