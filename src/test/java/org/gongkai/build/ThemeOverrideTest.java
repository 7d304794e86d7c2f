package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** A site's theme folder holds only the files it changes; every other file comes from the built-in theme. */
class ThemeOverrideTest {

    private static final String REPORT = """
            -- content/reports/2011/a.md --
            ---
            title: 2011年工作总结
            date: 2011-12-30
            category: 年度总结
            period: 全年
            year: 2011
            department: 测试县教育局办公室
            ---

            正文。
            """;

    private static final String FOOTER = """
            -- themes/default/templates/partials/footer.mustache --
            <footer class="site-footer"><p class="mine">本站由{{bureau}}信息中心维护</p></footer>
            """;

    @Test
    void oneOverriddenPartialChangesTheFooterOfEveryPageAndNothingElse() {
        BuiltSite site = TestSite.withConfig(REPORT + FOOTER).build();

        for (String page : new String[] {"index.html", "reports/a/index.html", "404.html"}) {
            Document html = site.page(page);
            assertThat(html.select("footer p.mine").text()).as(page).isEqualTo("本站由测试县教育局信息中心维护");
            assertThat(html.select("footer .contacts")).as(page).isEmpty();
            assertThat(html.select("header.site-header .site-title").text()).as(page).isEqualTo("测试县教育局信息公开");
        }
        assertThat(site.page("reports/a/index.html").selectFirst("h1").text()).isEqualTo("2011年工作总结");
        assertThat(site.exists("assets/css/site.css")).isTrue();
        assertThat(site.exists("assets/css/print.css")).isTrue();
    }

    @Test
    void aCustomNamedThemeWithOneFileTakesTheRestFromTheDefault() throws Exception {
        BuiltSite site = TestSite.of("""
                -- content/site.yaml --
                title: 测试县教育局信息公开
                bureau: 测试县教育局
                theme: blue
                -- themes/blue/assets/css/site.css --
                body { color: navy; }
                """ + REPORT).build();

        assertThat(site.text("assets/css/site.css")).isEqualTo("body { color: navy; }\n");
        assertThat(site.text("assets/css/print.css"))
                .isEqualTo(Files.readString(Path.of("themes/default/assets/css/print.css"), StandardCharsets.UTF_8));
        assertThat(site.page("reports/a/index.html").selectFirst("h1").text()).isEqualTo("2011年工作总结");
        assertThat(site.page("404.html").select("style").html()).contains("body { color: navy; }");
    }

    @Test
    void customCssIsLinkedAfterSiteCssAndInlinedInThe404Page() {
        BuiltSite site = TestSite.withConfig(REPORT + """
                -- themes/default/assets/css/custom.css --
                .site-title { color: #8b0000; }
                """).build();

        Document report = site.page("reports/a/index.html");
        assertThat(report.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../assets/css/site.css", "../../assets/css/custom.css", "../../assets/css/print.css");
        assertThat(site.text("assets/css/custom.css")).isEqualTo(".site-title { color: #8b0000; }\n");
        String inline = site.page("404.html").select("style").html();
        assertThat(inline).contains(".site-title { color: #8b0000; }");
        assertThat(inline.indexOf("#8b0000")).isGreaterThan(inline.indexOf(".site-header"))
                .isLessThan(inline.indexOf("@media print"));
    }

    @Test
    void withoutCustomCssNoLinkToIt() {
        Document report = TestSite.withConfig(REPORT).build().page("reports/a/index.html");
        assertThat(report.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("../../assets/css/site.css", "../../assets/css/print.css");
    }

    @Test
    void aBrokenOverrideIsReportedAtItsFileAndLineOnce() {
        var failure = TestSite.withConfig(REPORT + """
                -- themes/default/templates/partials/footer.mustache --
                <footer>
                {{#contacts}}
                </footer>
                """).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().file()).isEqualTo("themes/default/templates/partials/footer.mustache");
            assertThat(p.format()).isEqualTo("themes/default/templates/partials/footer.mustache:2: "
                    + "template error: Failed to close 'contacts' tag\n  hint: check that every {{#x}} has its {{/x}}");
        });
    }

    @Test
    void aBrokenPageTemplateOverrideNamesThatFile() {
        var failure = TestSite.withConfig(REPORT + """
                -- themes/default/templates/report.mustache --
                {{<base}}{{$main}}
                {{#x}}
                {{/main}}{{/base}}
                """).buildExpectingFailure();

        assertThat(failure.problems()).extracting(Problem::position).extracting(Object::toString)
                .containsExactly("themes/default/templates/report.mustache:3");
    }
}
