package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.check.LinkCheck;
import org.gongkai.testing.BuiltSite;

/** Builds the repository's own demo site (content/ + themes/default) as a user would. */
class DemoSiteTest {

    @TempDir
    static Path out;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        Path root = Path.of("").toAbsolutePath();
        BuildResult result = new SiteBuild().run(new BuildOptions(root, out.resolve("site"), false, "", false));
        site = new BuiltSite(out.resolve("site"), result);
    }

    @Test
    void hasEveryKindOfPage() {
        for (String path : new String[] {"index.html", "404.html", "feed.xml", "sitemap.xml", "reports/index.html",
                "reports/2011/index.html", "reports/category/annual-summary/index.html", "pages/about/index.html",
                "pages/guide/index.html", "reports/2011-12-30-susong-2011-annual-summary/index.html",
                "files/2011-susong-annual-summary.pdf"}) {
            assertThat(site.exists(path)).as(path).isTrue();
        }
    }

    @Test
    void hasNoBrokenInternalLink() {
        assertThat(new LinkCheck(site.dir()).run()).isEmpty();
    }

    @Test
    void sampleBoldLeadsRenderAsBold() {
        Document duji = site.page("reports/2013-03-08-duji-2013-spring-opening/index.html");
        assertThat(duji.select(".report-body strong").eachText()).contains("收费管理情况。", "教师队伍情况。");
        assertThat(duji.select(".report-body").text()).doesNotContain("**");
    }

    @Test
    void everyPageHasOneH1ALanguageAndASkipLink() throws Exception {
        for (String path : site.files()) {
            if (!path.endsWith(".html") || Files.readString(site.dir().resolve(path)).contains("http-equiv=\"refresh\"")) {
                continue;
            }
            Document page = site.page(path);
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("zh-CN");
            assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(page.select("script")).as(path + " must be readable without JavaScript").isEmpty();
        }
    }
}
