package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.problem.BuildFailedException;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * {@code build --portable} and {@code portable: true}: every internal link of every page, the 404 page's too, names
 * a file on disk, so the site works opened from a USB stick; both ways give the same bytes.
 */
class PortableSiteTest {

    @TempDir
    Path temp;

    static String report(String slug, String title, String date, String extra, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 工作汇报\ndepartment: 测试县教育局\n" + extra + "---\n## 一、主要工作\n\n" + body + "\n";
    }

    static TestSite site(String config) throws IOException {
        return TestSite.of("-- content/site.yaml --\ntitle: 测试县教育局信息公开\nbureau: 测试县教育局\n" + config)
                .file("content/reports/2012/a.md", report("a", "报告甲", "2012-12-30", "tags: [学生资助]\naliases: [/old/a.html]\n",
                        "见[报告乙](../b/)、[首页](../../)、[本节](#一主要工作)和[外站](https://www.gov.cn/)。"))
                .file("content/reports/2013/b.md", report("b", "报告乙", "2013-06-30", "", "正文。"))
                .file("content/pages/guide.md", "---\ntitle: 信息公开指南\n---\n返回[工作报告](../../reports/)。\n")
                .file("content/data/fees.csv", Files.readString(Path.of("content/data/fees.csv")))
                .file("content/data/projects.csv", Files.readString(Path.of("content/data/projects.csv")))
                .file("content/data/aid.csv", Files.readString(Path.of("content/data/aid.csv")));
    }

    @Test
    void everyInternalLinkOfThePortableSiteNamesAFileOnDisk() throws IOException {
        TestSite site = site("");
        BuiltSite built = site.build(site.options().withOut(temp.resolve("site")).withPortable(true));

        List<String> pages = built.files().stream().filter(f -> f.endsWith(".html")).toList();
        assertThat(pages).contains("404.html", "index.html", "reports/a/index.html", "old/a.html", "fees/index.html");
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String page : pages) {
            Document doc = built.page(page);
            for (Element link : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.hasAttr("src") ? link.attr("src") : link.attr("action");
                if (url.startsWith("#") || URI.create(url.replace(" ", "%20")).getScheme() != null) {
                    continue;
                }
                links++;
                assertThat(url).as(page).doesNotStartWith("/");
                String path = url.replaceAll("[#?].*$", "");
                Path target = built.dir().resolve(page).getParent() == null ? built.dir().resolve(path)
                        : built.dir().resolve(page).getParent().resolve(path);
                if (!Files.isRegularFile(target.normalize())) {
                    broken.add(page + ": " + url);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(links).isGreaterThan(500);

        Document a = built.page("reports/a/index.html");
        assertThat(a.select(".report-body a").eachAttr("href")).containsExactly("../b/index.html", "../../index.html",
                "#一主要工作", "https://www.gov.cn/");
        assertThat(a.select(".site-nav a").eachAttr("href")).contains("../../index.html", "../../reports/index.html");
        Document notFound = built.page("404.html");
        assertThat(notFound.select("main a").eachAttr("href")).contains("./index.html", "reports/index.html");
        assertThat(notFound.select("style")).isEmpty();
        assertThat(notFound.select("link[rel=stylesheet]").eachAttr("href")).contains("./assets/css/site.css");
        assertThat(built.text("old/a.html")).contains("url=../reports/a/index.html");
    }

    @Test
    void theSiteYamlKeyAndTheOptionWriteTheSameBytes() throws IOException {
        TestSite byOption = site("");
        BuiltSite one = byOption.build(byOption.options().withOut(temp.resolve("one")).withPortable(true));
        TestSite byKey = site("portable: true\n");
        BuiltSite two = byKey.build(byKey.options().withOut(temp.resolve("two")));
        BuiltSite again = byKey.build(byKey.options().withOut(temp.resolve("again")));

        assertThat(two.files()).isEqualTo(one.files()).isEqualTo(again.files());
        for (String file : one.files()) {
            assertThat(two.dir().resolve(file)).as(file).hasSameBinaryContentAs(one.dir().resolve(file));
            assertThat(again.dir().resolve(file)).as(file).hasSameBinaryContentAs(one.dir().resolve(file));
        }
    }

    @Test
    void aSiteForAWebHostKeepsItsFolderLinks() throws IOException {
        TestSite site = site("portable: false\n");
        BuiltSite built = site.build(site.options().withOut(temp.resolve("site")));
        assertThat(built.page("reports/a/index.html").select(".report-body a").eachAttr("href")).startsWith("../b/", "../../");
        assertThat(built.page("404.html").select("main a").first().attr("href")).isEqualTo("/");
    }

    @Test
    void aPortableValueThatIsNotYesOrNoIsAnErrorAtItsLine() throws IOException {
        BuildFailedException failure = site("portable: 也许\n").buildExpectingFailure();
        assertThat(failure.problems()).anySatisfy(p -> assertThat(p.position().toString()).startsWith("content/site.yaml:3"));
    }
}
