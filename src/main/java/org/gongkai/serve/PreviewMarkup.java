package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;

/**
 * What the preview adds to HTML it serves, never to the built files: the live-reload script, and while a rebuild
 * has errors an overlay listing them (file:line, message, hint) above the last good page.
 */
final class PreviewMarkup {

    static final String EVENTS = "/__gongkai/events";

    /**
     * The page knows the build it was served from; it reloads when the server announces another one, also when
     * that happened while it was not connected.
     */
    private static final String SCRIPT = """
            <script>
            (function () {
              var shown = "%s";
              if (!window.EventSource) { return; }
              var events = new EventSource("%s");
              function check(event) {
                if (event.data !== shown) { events.close(); location.reload(); }
              }
              events.addEventListener("hello", check);
              events.addEventListener("reload", check);
            })();
            </script>
            """;

    private static final String OVERLAY_STYLE = """
            <style>
            #gongkai-problems { position: fixed; top: 0; left: 0; right: 0; max-height: 70vh; overflow: auto;
              z-index: 2147483647; box-sizing: border-box; margin: 0; padding: 1em 1.5em; background: #fff4f2;
              color: #3b0a0a; border-bottom: 4px solid #c62828; box-shadow: 0 4px 16px rgba(0,0,0,.3);
              font: 15px/1.6 system-ui, sans-serif; text-align: left; }
            #gongkai-problems h2 { margin: 0 0 .5em; font-size: 1.1em; color: #b71c1c; }
            #gongkai-problems ol { margin: 0; padding-left: 1.5em; }
            #gongkai-problems li { margin: .4em 0; }
            #gongkai-problems code { font: 14px/1.5 ui-monospace, monospace; font-weight: bold; }
            #gongkai-problems .gk-hint { display: block; color: #5d4037; }
            #gongkai-problems button { position: absolute; top: .8em; right: 1em; font: inherit; }
            </style>
            """;

    private PreviewMarkup() {
    }

    /** The script, plus the overlay when there are problems, in {@code language}. */
    static String snippet(long generation, List<Problem> problems, Language language) {
        StringBuilder html = new StringBuilder(1024);
        if (!problems.isEmpty()) {
            html.append(OVERLAY_STYLE);
            html.append("<div id=\"gongkai-problems\" role=\"alert\">\n<h2>")
                    .append(escape(language.text("serve.overlay.heading", problems.size()))).append("</h2>\n<ol>\n");
            for (Problem problem : problems) {
                html.append("<li><code class=\"gk-where\">").append(escape(problem.position().toString()))
                        .append("</code>: <span class=\"gk-message\">").append(escape(problem.message(language))).append("</span>");
                if (!problem.hint(language).isEmpty()) {
                    html.append("<span class=\"gk-hint\">")
                            .append(escape(language.text("serve.overlay.hint", problem.hint(language)))).append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n<button type=\"button\" onclick=\"this.parentNode.style.display='none'\">")
                    .append(escape(language.text("serve.overlay.close"))).append("</button>\n</div>\n");
        }
        html.append(String.format(Locale.ROOT, SCRIPT, generation, EVENTS));
        return html.toString();
    }

    /** Puts the snippet before the page's last {@code </body>}, or at its end. */
    static byte[] inject(byte[] page, String snippet) {
        String html = new String(page, StandardCharsets.UTF_8);
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** Shown for unknown paths while there is no site 404 page (the first build failed). */
    static byte[] fallbackNotFound(Language language) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                </body>
                </html>
                """.formatted(language.locale().toLanguageTag(), escape(language.text("serve.notFound.title")),
                        escape(language.text("serve.notFound.heading")), escape(language.text("serve.notFound.text")))
                .getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
