package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/** The box over the preview's pages speaks the preview's language, heading, problems and hints alike. */
class PreviewMarkupLanguageTest {

    private static final List<Problem> PROBLEMS = List.of(Problem.error(SourcePosition.of("content/reports/a.md"),
            Text.of("serve.duplicateSlug", "a", "content/reports/2011/a.md", "content/reports/a.md"),
            Text.of("serve.duplicateSlug.hint")));

    @Test
    void inChinese() {
        Document box = Jsoup.parse(PreviewMarkup.snippet(3, PROBLEMS, Language.ZH));

        assertThat(box.selectFirst("#gongkai-problems h2").text()).startsWith("预览未更新：有 1 个错误。");
        assertThat(box.selectFirst(".gk-message").text())
                .isEqualTo("两篇报告的文件名都是「a」：content/reports/2011/a.md 和 content/reports/a.md");
        assertThat(box.selectFirst(".gk-hint").text()).isEqualTo("提示：文件名就是页面的地址：请给其中一个文件改名");
        assertThat(box.selectFirst("#gongkai-problems button").text()).isEqualTo("关闭");
    }

    @Test
    void inEnglish() {
        Document box = Jsoup.parse(PreviewMarkup.snippet(3, PROBLEMS, Language.EN));

        assertThat(box.selectFirst("#gongkai-problems h2").text()).startsWith("The preview is not up to date: 1 error(s).");
        assertThat(box.selectFirst(".gk-message").text()).startsWith("two reports have the slug 「a」");
        assertThat(box.selectFirst(".gk-hint").text()).startsWith("hint: the file name is the address of the page");
        assertThat(box.selectFirst("#gongkai-problems button").text()).isEqualTo("Close");
        assertThat(box.text()).doesNotContainPattern("\\p{IsHan}{2,}(?<!「a」)[，。]");
    }

    @Test
    void theFallbackNotFoundPageToo() {
        Document zh = Jsoup.parse(new String(PreviewMarkup.fallbackNotFound(Language.ZH), StandardCharsets.UTF_8));
        assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(zh.selectFirst("h1").text()).isEqualTo("页面未找到");

        Document en = Jsoup.parse(new String(PreviewMarkup.fallbackNotFound(Language.EN), StandardCharsets.UTF_8));
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.title()).isEqualTo("Page not found - Gongkai preview");
    }
}
