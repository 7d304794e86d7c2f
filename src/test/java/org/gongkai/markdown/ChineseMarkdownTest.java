package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseMarkdownTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String html(String source) {
        return markdown.render(source).html().strip();
    }

    @Test
    void boldEndingInChinesePunctuationBeforeChineseTextIsBold() {
        assertThat(html("**收费管理情况。**本学期，严格按照规定收费。"))
                .isEqualTo("<p><strong>收费管理情况。</strong>本学期，严格按照规定收费。</p>");
    }

    @Test
    void boldAroundFullWidthParenthesesIsBold() {
        assertThat(html("**（一）**工作")).isEqualTo("<p><strong>（一）</strong>工作</p>");
        assertThat(html("其中**一是**加强管理")).isEqualTo("<p>其中<strong>一是</strong>加强管理</p>");
        assertThat(html("这是*强调。*然后")).isEqualTo("<p>这是<em>强调。</em>然后</p>");
    }

    @Test
    void latinTextKeepsCommonMarkRules() {
        // CommonMark example: a closing run after punctuation and before a letter is not right-flanking
        assertThat(html("**foo.**bar")).isEqualTo("<p>**foo.**bar</p>");
        assertThat(html("**foo** bar")).isEqualTo("<p><strong>foo</strong> bar</p>");
        assertThat(html("a * b * c")).isEqualTo("<p>a * b * c</p>");
        assertThat(html("2 * 3 = 6")).isEqualTo("<p>2 * 3 = 6</p>");
    }

    @Test
    void spacedAsterisksStayLiteralEvenInChineseText() {
        assertThat(html("单价 ** 元")).isEqualTo("<p>单价 ** 元</p>");
    }

    @Test
    void lineBreakBetweenChineseCharactersDisappears() {
        assertThat(html("全县中小学\n校舍安全工程")).isEqualTo("<p>全县中小学校舍安全工程</p>");
        assertThat(html("完成了。\n下一步")).isEqualTo("<p>完成了。下一步</p>");
        assertThat(html("**收费。**\n本学期")).isEqualTo("<p><strong>收费。</strong>本学期</p>");
    }

    @Test
    void lineBreakBetweenLatinWordsStaysASpace() {
        assertThat(html("public\ndisclosure")).isEqualTo("<p>public\ndisclosure</p>");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String out = html("文字<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">块</div>");
        assertThat(out).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div");
        assertThat(out).contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksAreDropped() {
        String out = html("[点我](javascript:alert(1)) [也点我](JavaScript:void(0))");
        assertThat(out).doesNotContainIgnoringCase("javascript:");
        assertThat(out).doesNotContain("<a ");
    }

    @Test
    void headingsGetAsciiIdsAndAnOutline() {
        RenderedMarkdown out = markdown.render("## 一、甲\n\n### （一）乙\n\n### （二）丙\n\n## 二、丁\n");
        assertThat(out.html()).contains("<h2 id=\"sec-1\">一、甲</h2>", "<h3 id=\"sec-1-2\">（二）丙</h3>", "<h2 id=\"sec-2\">二、丁</h2>");
        assertThat(out.outline()).extracting(OutlineEntry::text).containsExactly("一、甲", "二、丁");
        assertThat(out.outline().get(0).children()).extracting(OutlineEntry::id).containsExactly("sec-1-1", "sec-1-2");
    }

    @Test
    void paragraphIndentedWithSpacesStaysAParagraph() {
        assertThat(html("    全县共有学校120所。")).isEqualTo("<p>全县共有学校120所。</p>");
        assertThat(html("```\ncode\n```")).isEqualTo("<pre><code>code\n</code></pre>");
    }

    @Test
    void levelOneHeadingsMoveDownSoThePageKeepsOneH1() {
        assertThat(html("# 一、总体情况\n\n正文")).startsWith("<h2 id=\"sec-1\">一、总体情况</h2>");
    }
}
