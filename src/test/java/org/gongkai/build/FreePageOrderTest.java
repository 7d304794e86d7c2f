package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** {@code weight} orders free pages, lower first, then by title; pages without one come after, by title. */
class FreePageOrderTest {

    private static String page(String slug, String title, String weight) {
        return "-- content/pages/" + slug + ".md --\n---\ntitle: " + title + "\n" + (weight == null ? "" : "weight: " + weight + "\n")
                + "---\n\n" + title + "。\n";
    }

    @Test
    void weightOrdersTheFooterAndTheHomePageThenTheTitleInPinyinOrder() {
        BuiltSite site = TestSite.withConfig(page("a", "关于我们", null) + page("b", "联系方式", "2")
                + page("c", "信息公开指南", "1") + page("d", "办事指南", null) + page("e", "依申请公开", "2")).build();

        // weight 1, then weight 2 by title (联 lián before 依 yī), then no weight by title (办 bàn before 关 guān)
        var expected = new String[] {"信息公开指南", "联系方式", "依申请公开", "办事指南", "关于我们"};
        assertThat(site.page("index.html").select("footer .footer-links a").eachText()).containsExactly(expected);
        assertThat(site.page("pages/a/index.html").select("footer .footer-links a").eachText()).containsExactly(expected);
        assertThat(site.page("index.html").select("main a[href^=pages/]").eachText()).containsExactly(expected);
    }

    @Test
    void aWeightThatIsNoNumberIsAnErrorAtItsLine() {
        var failure = TestSite.withConfig(page("guide", "信息公开指南", "首页")).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().toString()).isEqualTo("content/pages/guide.md:3:9");
            assertThat(p.message()).contains("`weight`").contains("「首页」");
            assertThat(p.message(Language.ZH)).contains("weight").contains("「首页」");
        });
    }
}
