package org.gongkai.render;

import java.util.regex.Pattern;

import org.gongkai.markdown.IgnoreComment;
import org.gongkai.model.Report;

/** The one-paragraph text shown for a report in lists and feeds: its {@code summary}, or its first paragraph. */
public final class Summaries {

    private static final int MAX = 140;
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("[*_`~]+");

    private Summaries() {
    }

    public static String of(Report report) {
        if (!report.summary().isEmpty()) {
            return report.summary();
        }
        for (String paragraph : IgnoreComment.strip(report.body()).split("\n\\s*\n")) {
            String text = paragraph.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("|") || text.startsWith(">")
                    || text.startsWith("```") || text.startsWith("-") || Character.isDigit(text.charAt(0))) {
                continue;
            }
            text = MARKUP.matcher(LINK.matcher(text).replaceAll("$1")).replaceAll("").replace("\n", "");
            return text.length() > MAX ? text.substring(0, MAX) + "…" : text;
        }
        return "";
    }
}
