package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain text of a document's opening paragraph, as summaries use it. */
class LeadParagraphTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void theOpeningParagraphAfterHeadingsListsTablesQuotesAndCode() {
        assertThat(markdown.lead("# 标题\n\n- 一\n- 二\n\n| a |\n|---|\n| 1 |\n\n> 引\n\n```\n码\n```\n\n2013年，开头。\n\n第二段。\n"))
                .isEqualTo("2013年，开头。");
    }

    @Test
    void aParagraphWithoutTextIsPassedOver() {
        assertThat(markdown.lead("![校门](files/gate.jpg)\n\n2013年，开头。\n")).isEqualTo("2013年，开头。");
        assertThat(markdown.lead("## 只有标题\n")).isEmpty();
        assertThat(markdown.lead("")).isEmpty();
    }

    @Test
    void markupGoesAndTextStays() {
        assertThat(markdown.lead("见[通知](a.html)和[附件][1]，`代码`与**粗体**、*斜体*，<b>标签</b>去掉，&amp; 与 \\* 保留。\n\n[1]: b.pdf\n"))
                .isEqualTo("见通知和附件，代码与粗体、斜体，标签去掉，& 与 * 保留。");
        assertThat(markdown.lead("文件[1]所述。\n")).isEqualTo("文件[1]所述。");
        assertThat(markdown.lead("网址 <https://jyj.example.gov.cn/> 。\n")).isEqualTo("网址 https://jyj.example.gov.cn/ 。");
    }

    @Test
    void lineBreaksNextToChineseVanishOthersAreOneSpace() {
        assertThat(markdown.lead("第一行\n第二行，\n**第三行**\nLatin\nwords  \nend\\\n结束")).isEqualTo("第一行第二行，第三行Latin words end结束");
    }

    @Test
    void theParseARenderUsesGivesTheSameLeadAsTheTextAlone() {
        String text = "## 一、概况\n\n2013年上半年，我局\n认真贯彻落实。\n";
        var document = markdown.parse(text);
        markdown.render(document);
        assertThat(markdown.lead(document)).isEqualTo(markdown.lead(text)).isEqualTo("2013年上半年，我局认真贯彻落实。");
    }
}
