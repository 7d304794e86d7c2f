package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.SiteConfig;

/**
 * The portable site ({@code build --portable}, {@code portable: true}): opened from disk ({@code file://}, a USB
 * stick, an archive copy) a link to a folder shows the folder, not its page, so every relative link of every page
 * that ends at a folder ({@code ../reports/}, {@code ./}, {@code ..}) is made to end in {@code index.html}, fragment
 * and query kept. Applied to the HTML as it is written, so the full build and the preview's partial rebuilds write
 * the same bytes, and links written in the Markdown are covered too.
 */
public final class PortableLinks implements PageSink {

    /** A link, form target or redirect: {@code href="…"}, {@code action="…"}, {@code content="0; url=…"}. */
    private static final Pattern LINK = Pattern.compile("(\\s(?:href|action)=\"|<meta http-equiv=\"refresh\" content=\"\\d+; url=)([^\"]*)(\")");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final PageSink sink;

    private PortableLinks(PageSink sink) {
        this.sink = sink;
    }

    /** {@code sink} itself for a site served by a web host, else a sink that rewrites the links of HTML it writes. */
    public static PageSink around(SiteConfig config, PageSink sink) {
        return config.portable() ? new PortableLinks(sink) : sink;
    }

    @Override
    public void write(String path, String content) {
        sink.write(path, path.endsWith(".html") ? rewrite(content) : content);
    }

    @Override
    public void write(String path, byte[] content) {
        if (path.endsWith(".html")) {
            write(path, new String(content, StandardCharsets.UTF_8));
        } else {
            sink.write(path, content);
        }
    }

    @Override
    public void copy(Path source, String path) {
        sink.copy(source, path);
    }

    @Override
    public boolean carry(Path published, String path) {
        return sink.carry(published, path);
    }

    static String rewrite(String html) {
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 512);
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1) + toFile(link.group(2)) + link.group(3)));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** {@code ../reports/#x} → {@code ../reports/index.html#x}; absolute, root-relative and fragment-only links stay. */
    static String toFile(String url) {
        if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || SCHEME.matcher(url).find()) {
            return url;
        }
        int end = url.length();
        for (char stop : new char[] {'#', '?'}) {
            int at = url.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = url.substring(0, end);
        String rest = url.substring(end);
        if (path.endsWith("/")) {
            return path + "index.html" + rest;
        }
        if (path.equals(".") || path.equals("..") || path.endsWith("/.") || path.endsWith("/..")) {
            return path + "/index.html" + rest;
        }
        return url;
    }
}
