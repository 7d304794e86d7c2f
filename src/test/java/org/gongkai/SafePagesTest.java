package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * Every page of the demo site is safe by construction: a strict Content-Security-Policy in a {@code <meta>} before
 * anything it governs, a referrer policy, no inline script, no inline style (attributes or elements; the 404 page's
 * one {@code <style>} is named by its hash), no event handler attributes.
 */
class SafePagesTest {

    @TempDir
    static Path out;

    static final String BASE = "https://jyj.example.gov.cn/";

    static BuiltSite demo;

    @BeforeAll
    static void build() {
        Path root = Path.of("").toAbsolutePath();
        BuildResult result = new SiteBuild().run(new BuildOptions(root, out.resolve("site"), false, BASE, false));
        demo = new BuiltSite(out.resolve("site"), result);
    }

    @Test
    void everyDemoPageCarriesTheStrictPolicyAndNothingInline() throws Exception {
        List<String> pages = demo.files().stream().filter(f -> f.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(40).contains("404.html", "index.html");
        List<String> faults = new ArrayList<>();
        for (String page : pages) {
            faults.addAll(faults(page, demo.page(page)));
        }
        assertThat(faults).isEmpty();
    }

    /** What the Markdown renderer writes: aligned table columns become classes, raw HTML with style stays text. */
    @Test
    void markdownWritesNoInlineStyle() throws Exception {
        BuiltSite site = TestSite.withConfig("""
                -- content/reports/r.md --
                ---
                title: 测试报告
                date: 2013-01-01
                year: 2012
                period: 全年
                category: 工作汇报
                department: 测试县教育局
                ---
                ## 一、表格

                | 项目 | 说明 | 金额（万元） |
                |:---|:---:|---:|
                | 校舍 | 新建 | 100 |

                <span style="color:red" onclick="x()">红字</span><script>alert(1)</script>

                ![校门](files/gate.png) [链接](javascript:alert(1))
                """).build();
        Document report = site.page("reports/r/index.html");
        assertThat(faults("reports/r/index.html", report)).isEmpty();
        assertThat(report.select("td.num").text()).isEqualTo("100");
        assertThat(report.select("td.center").text()).isEqualTo("新建");
        assertThat(report.select(".report-body").text()).contains("<span style=\"color:red\"");
    }

    @Test
    void robotsTxtNamesTheSitemapWithBaseUrl() {
        assertThat(demo.text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://jyj.example.gov.cn/sitemap.xml\n");
        assertThat(demo.exists("sitemap.xml")).isTrue();
    }

    @Test
    void robotsTxtWithoutBaseUrlAllowsEverythingAndASiteMayHaveItsOwn() {
        TestSite plain = TestSite.withConfig("");
        assertThat(plain.build().text("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
        TestSite own = TestSite.withConfig("""
                -- content/static/robots.txt --
                User-agent: *
                Disallow: /drafts/
                """);
        assertThat(own.build().text("robots.txt")).isEqualTo("User-agent: *\nDisallow: /drafts/\n");
    }

    static List<String> faults(String page, Document doc) throws Exception {
        List<String> faults = new ArrayList<>();
        Element meta = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        if (meta == null) {
            return List.of(page + ": no Content-Security-Policy");
        }
        if (doc.select("meta[http-equiv=Content-Security-Policy]").size() != 1) {
            faults.add(page + ": more than one policy");
        }
        // the policy governs only what comes after it
        Element first = doc.head().children().stream().filter(e -> !e.is("meta[charset]")).findFirst().orElseThrow();
        if (first != meta) {
            faults.add(page + ": the policy is not the first thing in <head> after the charset");
        }
        Map<String, List<String>> policy = parse(meta.attr("content"));
        expect(faults, page, policy, "default-src", "'none'");
        expect(faults, page, policy, "script-src", "'self'");
        expect(faults, page, policy, "img-src", "'self'");
        expect(faults, page, policy, "font-src", "'self'");
        expect(faults, page, policy, "connect-src", "'self'");
        expect(faults, page, policy, "form-action", "'self'");
        expect(faults, page, policy, "object-src", "'none'");
        expect(faults, page, policy, "base-uri", "'none'");
        List<String> styles = new ArrayList<>(List.of("'self'"));
        for (Element style : doc.select("style")) {
            styles.add("'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(style.data().getBytes(StandardCharsets.UTF_8))) + "'");
        }
        expect(faults, page, policy, "style-src", styles.toArray(String[]::new));
        if (!page.equals("404.html") && !doc.select("style").isEmpty()) {
            faults.add(page + ": a <style> element");
        }
        if (!"strict-origin-when-cross-origin".equals(doc.select("meta[name=referrer]").attr("content"))) {
            faults.add(page + ": no referrer policy");
        }
        for (Element script : doc.select("script")) {
            if (!script.hasAttr("src") || !script.data().isBlank()) {
                faults.add(page + ": inline script");
            } else if (script.attr("src").matches("(?i)^([a-z][a-z0-9+.-]*:|//).*") && !script.attr("src").startsWith(BASE)) {
                faults.add(page + ": script from another host " + script.attr("src"));
            }
        }
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("style") || attribute.getKey().startsWith("on")) {
                    faults.add(page + ": <" + element.tagName() + " " + attribute.getKey() + ">");
                }
                if (attribute.getValue().trim().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
                    faults.add(page + ": javascript: in <" + element.tagName() + " " + attribute.getKey() + ">");
                }
            }
        }
        return faults;
    }

    private static Map<String, List<String>> parse(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> words = Arrays.stream(directive.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            if (!words.isEmpty()) {
                directives.put(words.get(0), words.subList(1, words.size()));
            }
        }
        return directives;
    }

    private static void expect(List<String> faults, String page, Map<String, List<String>> policy, String directive,
                               String... sources) {
        if (!List.of(sources).equals(policy.get(directive))) {
            faults.add(page + ": " + directive + " is " + policy.get(directive) + ", not " + List.of(sources));
        }
    }
}
