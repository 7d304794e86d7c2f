package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;

/**
 * What the preview adds to HTML it serves, never to the built files: the live-reload script, and while a rebuild
 * has errors an overlay listing them (file:line, message, hint) above the last good page.
 */
final class PreviewMarkup {

    static final String EVENTS = "/__gongkai/events";
    static final String GENERATION = "/__gongkai/generation";
    /** How often a visible tab asks for the build number where tabs cannot share the event stream. */
    static final int POLL_MILLIS = 500;

    /**
     * The page knows the build it was served from and reloads when there is another one, also when that happened
     * while it was hidden or loading.
     *
     * <p>A browser opens at most six HTTP/1.1 connections to one address, for all its tabs together, so an event
     * stream held by every open tab left the seventh tab unable to load. Short polls would never hold one, but
     * make the reload wait for the next poll; a long poll held for 20 s still fills the six. Instead the visible
     * tabs share one stream: the tab holding a Web Lock keeps it open and passes each build number on to the
     * others over a BroadcastChannel, so a reload still follows the rebuild at once, and any number of tabs
     * leaves five connections for loading pages. When it closes or is hidden the next visible tab takes the
     * lock. Hidden tabs hold nothing and, when shown, ask for the build number once (a short answer); so does
     * every page as it starts, for a rebuild that came before it listened. Web Locks exist only in secure
     * contexts (127.0.0.1 and localhost are; an office-network address opened on a phone is not): there a
     * visible tab asks every POLL_MILLIS instead.
     */
    private static final String SCRIPT = """
            <script nonce="%5$s">
            (function () {
              var shown = "%1$s", stop = null;
              var close = document.querySelector("#gongkai-problems button");
              if (close) { close.addEventListener("click", function () { close.parentNode.style.display = "none"; }); }
              if (!window.fetch) { return; }
              var channel = window.BroadcastChannel ? new BroadcastChannel("gongkai-reload") : null;
              var shared = channel && navigator.locks && window.EventSource;
              function visible() { return document.visibilityState === "visible"; }
              function check(generation) {
                if (generation && generation !== shown && visible()) { pause(); location.reload(); }
              }
              function ask() {
                fetch("%3$s", {cache: "no-store"})
                  .then(function (r) { return r.ok ? r.text() : ""; })
                  .then(check, function () {});
              }
              function listen() {
                var abort = new AbortController(), release = null;
                navigator.locks.request("gongkai-reload", {signal: abort.signal}, function () {
                  var events = new EventSource("%2$s");
                  function heard(event) { channel.postMessage(event.data); check(event.data); }
                  events.addEventListener("hello", heard);
                  events.addEventListener("reload", heard);
                  return new Promise(function (resolve) { release = function () { events.close(); resolve(); }; });
                }).catch(function () {});
                return function () { abort.abort(); if (release) { release(); } };
              }
              function poll() {
                var timer = setInterval(ask, %4$d);
                return function () { clearInterval(timer); };
              }
              function resume() {
                if (stop || !visible()) { return; }
                ask();
                stop = shared ? listen() : poll();
              }
              function pause() {
                if (stop) { stop(); stop = null; }
              }
              if (channel) { channel.onmessage = function (event) { check(event.data); }; }
              document.addEventListener("visibilitychange", function () { if (visible()) { resume(); } else { pause(); } });
              window.addEventListener("pagehide", pause);
              window.addEventListener("pageshow", resume);
              resume();
            })();
            </script>
            """;

    private static final String OVERLAY_STYLE = """
            <style nonce="%s">
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

    /** A page's inline script and style run only with this answer's nonce, which its policy then names. */
    private static final Pattern POLICY = Pattern.compile(
            "(<meta http-equiv=\"Content-Security-Policy\" content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_DIRECTIVE = Pattern.compile("((?:^|;)\\s*(?:script|style)-src)(?=[\\s;]|$)");

    /** The script, plus the overlay when there are problems, in {@code language}, with a fresh nonce. */
    static String snippet(long generation, List<Problem> problems, Language language) {
        return snippet(generation, problems, language, nonce(new SecureRandom()));
    }

    /** A value no page can guess, new for each answer (CSP nonces). */
    static String nonce(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String snippet(long generation, List<Problem> problems, Language language, String nonce) {
        StringBuilder html = new StringBuilder(1024);
        if (!problems.isEmpty()) {
            html.append(String.format(Locale.ROOT, OVERLAY_STYLE, nonce));
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
            html.append("</ol>\n<button type=\"button\">")
                    .append(escape(language.text("serve.overlay.close"))).append("</button>\n</div>\n");
        }
        html.append(String.format(Locale.ROOT, SCRIPT, generation, EVENTS, GENERATION, POLL_MILLIS, nonce));
        return html.toString();
    }

    /**
     * Puts the snippet before the page's last {@code </body>}, or at its end, and lets the page's
     * Content-Security-Policy run the snippet's script and style by their nonce (nothing else inline): the one
     * exception to the built pages' policy, only while serving.
     */
    static byte[] inject(byte[] page, String snippet, String nonce) {
        String html = allowNonce(new String(page, StandardCharsets.UTF_8), nonce);
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String injected = at < 0 ? html + snippet : html.substring(0, at) + snippet + html.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    static String allowNonce(String html, String nonce) {
        Matcher policy = POLICY.matcher(html);
        if (!policy.find()) {
            return html;
        }
        String allowed = INLINE_DIRECTIVE.matcher(policy.group(2)).replaceAll("$1 &#39;nonce-" + nonce + "&#39;");
        return html.substring(0, policy.start(2)) + allowed + html.substring(policy.end(2));
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
