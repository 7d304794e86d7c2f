package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the content rules see of a parse: where the prose is, as offsets into the text ({@link TextLayout}). */
class TextLayoutTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private static List<String> texts(String source, List<TextSpan> spans) {
        return spans.stream().map(s -> source.substring(s.start(), s.end())).toList();
    }

    @Test
    void markupCodeAndAddressesAreNotProseButTheTextOfLinksIs() {
        String source = "## 一、概况 ##\n\n- 见[通知](https://jyj.example.gov.cn/a.html)和`代码`。\n\n> 引文\n\n---\n";
        TextLayout layout = markdown.parse(source).textLayout();
        assertThat(texts(source, layout.notProse())).containsExactly("##", "##", "-", "[", "](https://jyj.example.gov.cn/a.html)",
                "`代码`", ">", "---");
        assertThat(texts(source, layout.headings())).containsExactly("一、概况");
        assertThat(texts(source, layout.textBlocks())).containsExactly("一、概况",
                "见[通知](https://jyj.example.gov.cn/a.html)和`代码`。", "引文");
    }

    @Test
    void emphasisIsGivenWithItsMarkersForTheReaderToJudge() {
        String source = "资金**万元，**重点**工作。\n";
        TextLayout layout = markdown.parse(source).textLayout();
        assertThat(layout.emphasis()).hasSize(1);
        TextLayout.Emphasis emphasis = layout.emphasis().get(0);
        assertThat(texts(source, List.of(emphasis.opening(), emphasis.text(), emphasis.closing())))
                .containsExactly("**", "万元，", "**");
    }

    @Test
    void tablesGiveTheirRowsAndTheTextOfEachCell() {
        String source = "| 项目 | 金额 |\n|---|---:|\n| 合计 | 5 |\n";
        TextLayout layout = markdown.parse(source).textLayout();
        assertThat(layout.tables()).hasSize(1);
        List<TextLayout.Row> rows = layout.tables().get(0).rows();
        assertThat(rows).extracting(TextLayout.Row::header).containsExactly(true, false);
        assertThat(texts(source, rows.get(0).cells())).containsExactly("项目", "金额");
        assertThat(texts(source, rows.get(1).cells())).containsExactly("合计", "5");
        assertThat(texts(source, layout.notProse())).contains("|---|---:|");
    }

    @Test
    void ignoreCommentsComeWithTheCommentsStackedUnderThemAndTheBlockAfter() {
        String source = "<!-- gongkai-ignore: placeholder -->\n<!-- gongkai-ignore -->\nXX市。\n\n正文 <!-- gongkai-ignore: x -->\n";
        List<IgnoreComment.Found> found = markdown.parse(source).ignoreComments();
        assertThat(found).hasSize(3);
        IgnoreComment.Found first = found.get(0);
        assertThat(source.substring(first.kinds().start(), first.kinds().end())).isEqualTo("placeholder");
        assertThat(texts(source, first.stacked())).containsExactly("<!-- gongkai-ignore -->\n");
        assertThat(source.substring(first.next().start(), first.next().end())).startsWith("XX市。");
        assertThat(found.get(1).kinds().isEmpty()).isTrue();
        assertThat(found.get(2).kinds()).as("not alone on its line").isNull();
        assertThat(markdown.parse(source).textLayout().notProse()).hasSize(2);
    }
}
