package org.gongkai.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/** {@link DirectHtml}'s output and whether it is at the start of a line, as Flexmark's line model sees it. */
final class DirectHtmlWriter {

    private final StringBuilder html;

    DirectHtmlWriter(StringBuilder html) {
        this.html = html;
    }

    String html() {
        return html.toString();
    }

    DirectHtmlWriter raw(CharSequence s) {
        html.append(s);
        return this;
    }

    /** Ends the current line unless it is empty (Flexmark never writes an empty line here). */
    DirectHtmlWriter line() {
        if (html.length() > 0 && html.charAt(html.length() - 1) != '\n') {
            html.append('\n');
        }
        return this;
    }

    /**
     * Escaped text. Text with a line break, or spaces at the start of a line (Flexmark's writer trims them), is
     * left to Flexmark.
     */
    boolean text(String s) {
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return false;
        }
        boolean lineStart = html.length() == 0 || html.charAt(html.length() - 1) == '\n';
        if (lineStart && !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(0) == '\t')) {
            return false;
        }
        html.append(Escaping.escapeHtml(s, false));
        return true;
    }

    /** Text that needs no escaping, as {@link #text} would write it. */
    boolean verbatim(String source, int start, int end) {
        boolean lineStart = html.length() == 0 || html.charAt(html.length() - 1) == '\n';
        if (lineStart && end > start && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) {
            return false;
        }
        html.append(source, start, end);
        return true;
    }
}
