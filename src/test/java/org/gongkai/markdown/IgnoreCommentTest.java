package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: a {@code <!-- gongkai-ignore: … -->} comment is an instruction to the checker, not content: it is dropped
 * from the page, while any other raw HTML, other comments included, is still shown as text.
 */
class IgnoreCommentTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String html(String source) {
        return markdown.render(source).html().strip();
    }

    @Test
    void theCommentOnALineOfItsOwnIsNotInThePage() {
        assertThat(html("<!-- gongkai-ignore: placeholder -->\nXX市教育局。\n")).isEqualTo("<p>XX市教育局。</p>");
        assertThat(html("第一段。\n\n<!-- gongkai-ignore: placeholder, total-mismatch -->\n| 项目 | 金额 |\n|---|---:|\n"
                + "| 合计 | 5 |\n")).doesNotContain("gongkai-ignore").contains("<p>第一段。</p>", "<table>");
        assertThat(html("- 一\n  <!-- gongkai-ignore:\n  placeholder -->\n  XX市\n")).doesNotContain("gongkai-ignore", "&lt;");
        assertThat(html("<!--gongkai-ignore：placeholder-->\n正文")).isEqualTo("<p>正文</p>");
    }

    @Test
    void otherCommentsAndTextNextToTheCommentAreStillShown() {
        assertThat(html("<!-- 内部备注 -->\n正文")).isEqualTo("&lt;!-- 内部备注 --&gt;\n<p>正文</p>");
        // text after the comment on its line belongs to the same HTML block: dropping it would drop that text
        assertThat(html("<!-- gongkai-ignore: placeholder --> XX市教育局。"))
                .isEqualTo("&lt;!-- gongkai-ignore: placeholder --&gt; XX市教育局。");
        assertThat(html("正文 <!-- gongkai-ignore: placeholder -->")).isEqualTo(
                "<p>正文 &lt;!-- gongkai-ignore: placeholder --&gt;</p>");
    }

    @Test
    void theKindsAreFoundWhereTheyAreWritten() {
        String block = "<!-- gongkai-ignore: placeholder, total-mismatch -->\n";
        int[] kinds = IgnoreComment.kinds(block);
        assertThat(block.substring(kinds[0], kinds[1])).isEqualTo("placeholder, total-mismatch");
        assertThat(IgnoreComment.kinds("<!-- gongkai-ignore -->\n")).satisfies(k -> assertThat(k[0]).isEqualTo(k[1]));
        assertThat(IgnoreComment.kinds("<!-- gongkai-ignore: placeholder --> 正文\n")).isNull();
        assertThat(IgnoreComment.kinds("<!-- 备注 -->\n")).isNull();
    }
}
