package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

class PublishTest {

    static String report(String slug, String date, String extra) {
        return "-- content/reports/" + slug + ".md --\n" + reportText(slug, date, extra);
    }

    static String reportText(String slug, String date, String extra) {
        return "---\ntitle: 报告" + slug + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n" + extra + "---\n正文" + slug + "。\n";
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        String files = report("a", "2011-12-30", "tags: [甲, 乙]\n") + report("b", "2012-01-02", "") + """
                -- content/pages/about.md --
                ---
                title: 关于我们
                ---
                简介。
                """;
        TestSite one = TestSite.of("-- content/site.yaml --\ntitle: 站\nbureau: 局\nbase_url: https://x.example/\n" + files);
        TestSite two = TestSite.of("-- content/site.yaml --\ntitle: 站\nbureau: 局\nbase_url: https://x.example/\n" + files);
        BuiltSite a = one.build();
        BuiltSite b = two.build();

        assertThat(a.files()).isEqualTo(b.files());
        for (String path : a.files()) {
            assertThat(Arrays.equals(a.bytes(path), b.bytes(path))).as(path).isTrue();
        }
    }

    @Test
    void secondBuildReportsWhatChanged() {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", "") + report("b", "2012-01-02", ""));
        site.build();

        site.file("content/reports/b.md", reportText("b", "2012-01-02", "summary: 新摘要\n"));
        site.delete("content/reports/a.md");
        BuiltSite second = site.build();

        assertThat(second.result().changes().added()).isEmpty();
        assertThat(second.result().changes().removed()).contains("reports/a/index.html");
        assertThat(second.result().changes().changed()).contains("reports/b/index.html", "index.html");
    }

    @Test
    void theReplacedSiteIsGoneWhenTheBuildReturns() throws Exception {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", ""));
        site.build();
        site.file("content/reports/a.md", reportText("a", "2011-12-30", "").replace("正文a", "新的正文"));
        site.build(); // the previous site is swapped out, then removed beside the writing of the cache

        try (var entries = Files.list(site.root())) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.contains(".previous-") || name.contains(".staging-"));
        }
        assertThat(Files.readString(site.root().resolve("site/reports/a/index.html"))).contains("新的正文");
    }

    @Test
    void unchangedRebuildChangesNothing() {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", ""));
        site.build();
        BuiltSite again = site.build();
        assertThat(again.result().changes().isEmpty()).isTrue();
    }

    @Test
    void feedAndSitemapNeedABaseUrl() throws Exception {
        BuiltSite without = TestSite.withConfig(report("a", "2011-12-30", "")).build();
        assertThat(without.exists("feed.xml")).isFalse();
        assertThat(without.exists("sitemap.xml")).isFalse();
        assertThat(without.result().notices()).anySatisfy(p -> assertThat(p.message()).contains("feed.xml and sitemap.xml were not written"));

        TestSite site = TestSite.withConfig(report("a", "2011-12-30", "summary: 摘要 & <b>\n"));
        BuiltSite with = site.build(new BuildOptions(site.root(), null, false, "https://jyj.example.gov.cn/x", false));
        String feed = with.text("feed.xml");
        var atom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(with.bytes("feed.xml")));
        assertThat(atom.getDocumentElement().getNamespaceURI() == null
                ? atom.getDocumentElement().getAttribute("xmlns") : atom.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(1);
        assertThat(feed).contains("<id>https://jyj.example.gov.cn/x/reports/a/</id>", "<updated>2011-12-30T00:00:00+08:00</updated>",
                "<summary>摘要 &amp; &lt;b&gt;</summary>");
        assertThat(with.text("sitemap.xml")).contains("<loc>https://jyj.example.gov.cn/x/reports/a/</loc><lastmod>2011-12-30</lastmod>");
        assertThat(with.page("reports/a/index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://jyj.example.gov.cn/x/reports/a/");
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", "draft: true\n") + report("b", "2012-01-02", ""));
        assertThat(site.build().exists("reports/a/index.html")).isFalse();

        BuiltSite withDrafts = site.build(site.options().withDrafts(true));
        assertThat(withDrafts.page("reports/a/index.html").select("h1 .badge-draft").text()).isEqualTo("草稿");
    }

    @Test
    void aliasGetsARedirectPageToTheNewAddress() {
        BuiltSite site = TestSite.withConfig(report("a", "2011-12-30", "aliases: [/xxgk/2011/123.html, /old/a/]\n")).build();

        var redirect = site.page("xxgk/2011/123.html");
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../reports/a/");
        assertThat(site.page("old/a/index.html").select("a").attr("href")).isEqualTo("../../reports/a/");
    }

    @Test
    void attachmentsAreCopiedAndListedWithTypeAndSize() {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", "attachments: [files/a.pdf]\n"))
                .file("content/static/files/a.pdf", new byte[2048]);
        BuiltSite built = site.build();

        assertThat(built.exists("files/a.pdf")).isTrue();
        var item = built.page("reports/a/index.html").selectFirst(".attachments li");
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("../../files/a.pdf");
        assertThat(item.text()).contains("PDF").contains("2 KB");
    }

    @Test
    void longListsArePaginatedWithPageLinks() {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            files.append(report(String.format("r%03d", i), String.format("2011-%02d-%02d", 1 + i % 12, 1 + i % 28), ""));
        }
        BuiltSite site = TestSite.withConfig(files.toString()).build();

        assertThat(site.page("reports/index.html").select(".entry")).hasSize(50);
        assertThat(site.page("reports/page/3/index.html").select(".entry")).hasSize(20);
        var pager = site.page("reports/page/2/index.html").selectFirst("nav.pager");
        assertThat(pager.select("a[rel=prev]").attr("href")).isEqualTo("../../../reports/");
        assertThat(pager.select("a[rel=next]").attr("href")).isEqualTo("../../../reports/page/3/");
        assertThat(pager.select("[aria-current=page]").text()).isEqualTo("2");
    }

    @Test
    void utf8WithBomAndCrlfLineEndsAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = reportText("crlf", "2011-12-30", "").replace("\n", "\r\n");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        BuiltSite site = TestSite.withConfig("").file("content/reports/crlf.md", all).build();

        assertThat(site.page("reports/crlf/index.html").select("h1").text()).isEqualTo("报告crlf");
    }

    @Test
    void siteWithOnlyContentUsesTheBuiltInTheme() {
        BuiltSite site = TestSite.withConfig(report("a", "2011-12-30", "")).build();
        assertThat(site.exists("assets/css/site.css")).isTrue();
        assertThat(site.exists("assets/css/print.css")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
    }

    @Test
    void themeFolderInTheSiteOverridesTheBuiltInTheme() throws Exception {
        TestSite site = TestSite.withConfig(report("a", "2011-12-30", ""));
        Path builtIn = Path.of("themes/default");
        Path copy = site.root().resolve("themes/default");
        try (var walk = Files.walk(builtIn)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(builtIn.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path report = copy.resolve("templates/report.mustache");
        Files.writeString(report, Files.readString(report).replace("<h1>", "<h1 class=\"custom\">"));

        assertThat(site.build().page("reports/a/index.html").select("h1.custom")).hasSize(1);
    }
}
