package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting a pasted collection into its reports, and what is dropped on the way (domain notes §1.1, §6.7, §6.9). */
class CollectionTest {

    private static List<String> titles(String text) {
        return TextImport.drafts(text).stream().map(Draft::title).toList();
    }

    @Test
    void everySeparatorStyleStartsAReport() {
        assertThat(titles("第一篇:甲县教育局工作总结\n正文一。\n第二篇:乙县教育局工作要点\n正文二。\n"))
                .containsExactly("甲县教育局工作总结", "乙县教育局工作要点");
        assertThat(titles("第1篇 甲局工作总结\n正文。\n第2篇 乙局工作总结\n正文。\n")).containsExactly("甲局工作总结", "乙局工作总结");
        assertThat(titles("篇1:某地区教育委员会工作总结\n正文。\n篇2:某地区重点学校工作总结\n正文。\n"))
                .containsExactly("某地区教育委员会工作总结", "某地区重点学校工作总结");
        assertThat(titles("推荐第1篇:口东中心幼儿园工作汇报\n正文。\n第11篇:教育局综治工作汇报\n正文。\n"))
                .containsExactly("口东中心幼儿园工作汇报", "教育局综治工作汇报");
    }

    @Test
    void theCollectionsOwnHeaderIsDropped() {
        Collection.Split split = Collection.split("某地区教育委员会工作总结\n2024-05-09\n(共7篇)\n篇1:甲\n正文。\n");
        assertThat(split.pieces()).hasSize(1);
        assertThat(split.headerLinesDropped()).isEqualTo(3);
    }

    @Test
    void aTextWithoutSeparatorsIsOneReportTitledByItsFirstLine() {
        List<Draft> drafts = TextImport.drafts("宿松县教育局2011年工作总结\n\n2011年，我局……。\n");
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).title()).isEqualTo("宿松县教育局2011年工作总结");
        assertThat(drafts.get(0).blocks()).containsExactly(new Block.Paragraph("2011年，我局……。"));
    }

    @Test
    void theTitleRepeatedOrCutInTwoAfterTheSeparatorIsDropped() {
        // 000:1–2, 001:1–3, 000:171–173
        assertThat(TextImport.drafts("第一篇:县教育和科技局2006年上半年工作总结\n文章标题:县教育和科技局2006年上半年工作总结\n正文。\n")
                .get(0).blocks()).containsExactly(new Block.Paragraph("正文。"));
        assertThat(TextImport.drafts("第一篇:市教育局创建2010-2011年文明单位工作总结\n市教育局创建2010-2011年度丹江口市文明单位\n工作总结\n正文。\n")
                .get(0).blocks()).containsExactly(new Block.Paragraph("正文。"));
        assertThat(TextImport.drafts("第五篇:2011科技局党委年党建工作总结\n科技局党委\n2011年党建工作总结\n正文。\n")
                .get(0).blocks()).containsExactly(new Block.Paragraph("正文。"));
    }

    @Test
    void aFullerTitleUnderTheSeparatorBecomesTheTitle() {
        Draft draft = TextImport.drafts("第四篇:市教育局创建文明单位工作情况汇报\n争创文明窗口发展优质教育——市教育局创建自治区级文明单位工作情况汇报\n各位领导:\n").get(0);
        assertThat(draft.title()).isEqualTo("争创文明窗口发展优质教育——市教育局创建自治区级文明单位工作情况汇报");
        assertThat(draft.blocks()).containsExactly(new Block.Paragraph("各位领导:"));
    }

    @Test
    void downloadSiteDebrisIsDropped() {
        String text = """
                第1篇 县局工作总结
                正文一。
                《县局工作总结》来源于xiexiebang.com,欢迎阅读县局工作总结。
                去年[xiexiebang.com文章-http://www.daodoc.com 找范文,到xiexiebang.com]以来成绩显著。
                77位用户关注
                1 2 3 下一页
                将本文的Word文档下载到电脑,方便收藏和打印
                """;
        assertThat(TextImport.drafts(text).get(0).blocks())
                .containsExactly(new Block.Paragraph("正文一。"), new Block.Paragraph("去年以来成绩显著。"));
    }

    @Test
    void theSignOffStaysAsItsOwnParagraphs() {
        Draft draft = TextImport.drafts("第一篇:甲\n正文。\n金秀瑶族自治县教育和科技局\n2006年6月29日\n").get(0);
        assertThat(draft.blocks()).containsExactly(new Block.Paragraph("正文。"), new Block.Paragraph("金秀瑶族自治县教育和科技局"),
                new Block.Paragraph("2006年6月29日"));
        assertThat(draft.date()).contains(java.time.LocalDate.of(2006, 6, 29));
        assertThat(draft.signedBy()).contains("金秀瑶族自治县教育和科技局");
    }

    @Test
    void numberingThatStartsAgainIsPointedAtForTheEditor() {
        // 001:144–151: 「四、…」 then, without a separator, another text's 「一、工作情况」
        Draft draft = TextImport.drafts("第五篇:教育局文明单位创建工作汇报\n一、提高认识\n正文。\n二、创新思路\n正文。\n一、工作情况\n正文。\n").get(0);
        String text = new ReportText().of(Inference.of(draft, Inferences.given()), org.gongkai.model.Disclosure.NONE,
                MarkdownBody.of(draft.blocks()));
        int line = java.util.Arrays.asList(text.split("\n")).indexOf("## 一、工作情况") + 1;
        assertThat(WrittenCheck.restartLine(new Imported(draft, null, text))).contains(line);
        Draft plain = TextImport.drafts("一、甲\n正文。\n二、乙\n正文。\n").get(0);
        assertThat(WrittenCheck.restartLine(new Imported(plain, null, MarkdownBody.of(plain.blocks())))).isEmpty();
    }
}
