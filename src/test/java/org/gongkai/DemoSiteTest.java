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
                "files/2011-susong-annual-summary.pdf", "fees/index.html", "fees/2011-2012/index.html",
                "fees/2012-2013/index.html", "fees/fees.csv", "fees/fees.xlsx", "fees/2012-2013/fees-2012-2013.xlsx",
                "projects/index.html", "projects/projects.csv", "projects/projects.xlsx", "aid/index.html", "aid/aid.csv",
                "aid/aid.xlsx", "years/index.html", "years/2004/index.html", "years/2011/index.html", "years/2012/index.html",
                "years/2013/index.html"}) {
            assertThat(site.exists(path)).as(path).isTrue();
        }
    }

    @Test
    void hasNoBrokenInternalLink() {
        assertThat(new LinkCheck(site.dir()).run()).isEmpty();
    }

    @Test
    void sampleFeeChangeIsMarked() {
        Document fees = site.page("fees/index.html");
        assertThat(fees.selectFirst("h1").text()).isEqualTo("2012—2013学年收费公示");
        var changed = fees.select("table.fees tr.changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.first().parents().select(".fee-school h3").first().text()).isEqualTo("宿松中学");
        assertThat(changed.select("th").text()).isEqualTo("住宿费");
        assertThat(changed.select("td.amount").text()).isEqualTo("240.00 上学年 200.00 调整");
        assertThat(fees.select("table.fees tr.exempt")).hasSize(8);
        assertThat(site.page("years/2012/index.html").select("table.fee-changes tbody tr").eachText())
                .containsExactly("宿松中学 普通高中 住宿费 200.00 240.00 元/生·学期");
    }

    @Test
    void sampleProjectFiguresAddUp() {
        assertThat(site.page("years/2004/index.html").select("table.year-programs tfoot tr").eachText())
                .containsExactly("合计 到位 2636.07 6个项目");
        assertThat(site.page("years/2012/index.html").select("table.year-programs tbody tr").eachText())
                .contains("学校标准化建设 投入 900 1个项目", "教育文化中心建设 计划 18000 1个项目");
        assertThat(site.page("years/2012/index.html").select("table.year-programs tfoot tr").eachText())
                .containsExactly("合计 计划 18000 1个项目", "合计 投入 1360 2个项目");
    }

    @Test
    void sampleAidKeepsTheLoanApartAndUnitsApart() {
        Document y2012 = site.page("years/2012/index.html");
        assertThat(y2012.select("table.grants tfoot td.amount").text()).isEqualTo("3264.31");
        assertThat(y2012.select("table.grants tfoot td.recipients").text()).isEqualTo("65368人次");
        Document y2011 = site.page("years/2011/index.html");
        assertThat(y2011.select("table.grants tfoot td.amount").text()).isEqualTo("约674.775");
        assertThat(y2011.select("table.grants tfoot td.recipients").text()).isEqualTo("8528人");
        assertThat(y2011.select("table.grants tbody th").eachText()).doesNotContain("生源地信用助学贷款");
        assertThat(y2011.select("table.loans tbody tr").eachText()).containsExactly("生源地信用助学贷款 贷款 3060份 1749.375");
        assertThat(site.page("aid/index.html").select("section.aid-year > h2").eachText())
                .containsExactly("2012年", "2011年", "2008年", "2004年");
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
            // readable without JavaScript: the only scripts are the theme's own files (the 长者模式 switch, hidden
            // until its script shows it, and on the search page the search script); PublicSideBrowserTest reads the
            // pages with script disabled
            boolean searchPage = path.equals("search/index.html");
            assertThat(page.select("script")).as(path + " must be readable without JavaScript")
                    .allMatch(script -> script.data().isBlank() && (script.attr("src").endsWith("assets/js/mode.js")
                            || searchPage && script.attr("src").equals("../assets/js/search.js")));
            assertThat(page.select("button.mode-switch[hidden]")).as(path).hasSize(1);
            if (searchPage) {
                // without the search script the page says so and links the lists
                assertThat(page.select("script").eachAttr("src")).contains("../assets/js/search.js");
                assertThat(page.select("#search-nojs a")).isNotEmpty();
            }
        }
    }
}
