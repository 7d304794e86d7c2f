package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.gongkai.model.Category;

/**
 * The site's URL scheme: where each page is written, and how one page links to another. Every internal link is
 * relative ({@code ../../reports/x/}), so the site works under any path on any plain web host.
 */
public final class OutputPaths {

    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String REPORTS = "reports/";

    private OutputPaths() {
    }

    public static String report(String slug) {
        return "reports/" + slug + "/index.html";
    }

    public static String page(String slug) {
        return "pages/" + slug + "/index.html";
    }

    public static String reportsDir() {
        return REPORTS;
    }

    public static String yearDir(int year) {
        return "reports/" + year + "/";
    }

    public static String categoryDir(Category category) {
        return "reports/category/" + category.slug() + "/";
    }

    public static String departmentDir(String department) {
        return "reports/department/" + key(department) + "/";
    }

    public static String tagDir(String tag) {
        return "reports/tag/" + key(tag) + "/";
    }

    /** Page {@code n} (1-based) of a paginated list living in {@code dir}. */
    public static String listPage(String dir, int n) {
        return n <= 1 ? dir + "index.html" : dir + "page/" + n + "/index.html";
    }

    public static String asset(String name) {
        return "assets/" + name;
    }

    /**
     * A short ASCII key for a Chinese name (department, tag), stable from build to build: URL paths are ASCII.
     */
    public static String key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** How many folders deep a file is: {@code reports/x/index.html} is 2. */
    public static int depth(String path) {
        int depth = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            depth++;
        }
        return depth;
    }

    /** The prefix that leads from {@code fromFile} back to the site root: {@code ../../} or {@code ./}. */
    public static String root(String fromFile) {
        int depth = depth(fromFile);
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** A relative link from one output file to another; links to {@code …/index.html} end at the folder. */
    public static String link(String fromFile, String toPath) {
        String target = folder(toPath);
        int depth = depth(fromFile);
        String prefix = depth == 0 ? "" : "../".repeat(depth);
        String link = prefix + target;
        return link.isEmpty() ? "./" : link;
    }

    /** The absolute URL of an output path under {@code baseUrl} (which ends in {@code /}). */
    public static String absolute(String baseUrl, String toPath) {
        return baseUrl + folder(toPath);
    }

    /** {@code reports/x/index.html} → {@code reports/x/} (the URL a link names), {@code index.html} → empty; any other path as it is. */
    public static String folder(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
