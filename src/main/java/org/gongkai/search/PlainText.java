package org.gongkai.search;

/**
 * A short plain-text excerpt of Markdown for a free page's search result: its first paragraph without markup. A
 * cheap approximation (the report pages' summaries come from the parse that renders them); it is only shown.
 */
final class PlainText {

    private PlainText() {
    }

    static String excerpt(String markdown, int max) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", 40)) {
            String t = line.strip();
            boolean markupLine = t.startsWith("#") || t.startsWith("|") || t.startsWith("<!--") || t.startsWith("```");
            if (t.isEmpty() || markupLine) {
                if (out.length() > 0) {
                    break;
                }
                continue;
            }
            appendWithoutMarkup(t, out);
            if (out.length() >= max) {
                break;
            }
        }
        return out.length() > max ? out.substring(0, max) + "…" : out.toString();
    }

    private static void appendWithoutMarkup(String line, StringBuilder out) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == '-' || line.charAt(i) == '*'
                || line.charAt(i) == ' ')) {
            i++;
        }
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ']' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int close = line.indexOf(')', i);
                i = close < 0 ? line.length() : close;
            } else if (c != '*' && c != '_' && c != '`' && c != '[' && c != '!') {
                out.append(c);
            }
        }
    }
}
