package org.gongkai.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.render.OutputPaths;
import org.gongkai.render.WrittenPage;

/**
 * {@code sitemap.xml}, with absolute URLs (so only with {@code base_url}). Above 50,000 URLs, the protocol's
 * limit, it becomes an index of {@code sitemap-N.xml} files.
 */
final class SitemapWriter {

    static final int MAX_URLS = 50_000;

    private SitemapWriter() {
    }

    /** File name → content; one file, or an index plus parts. */
    static Map<String, String> sitemaps(String baseUrl, List<WrittenPage> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        if (pages.size() <= MAX_URLS) {
            files.put(OutputPaths.SITEMAP, urlSet(baseUrl, pages));
            return files;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < pages.size(); from += MAX_URLS, n++) {
            String name = "sitemap-" + n + ".xml";
            files.put(name, urlSet(baseUrl, pages.subList(from, Math.min(pages.size(), from + MAX_URLS))));
            parts.add(name);
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String part : parts) {
            index.append("  <sitemap><loc>").append(Xml.escape(baseUrl + part)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        files.put(OutputPaths.SITEMAP, index.toString());
        return files;
    }

    private static String urlSet(String baseUrl, List<WrittenPage> pages) {
        StringBuilder xml = new StringBuilder(pages.size() * 96 + 128);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (WrittenPage page : pages) {
            xml.append("  <url><loc>").append(Xml.escape(OutputPaths.absolute(baseUrl, page.path()))).append("</loc>");
            page.lastModified().ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        return xml.toString();
    }
}
