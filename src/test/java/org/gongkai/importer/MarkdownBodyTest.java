package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Imported text stays text: what Markdown would read as a mark is escaped, and the page shows it as written. */
class MarkdownBodyTest {

    @Test
    void marksAreEscapedAndThePageShowsTheTextAsItWas() {
        List<Block> blocks = List.of(new Block.Paragraph("# 号文件"), new Block.Paragraph("- 3℃以下停课"),
                new Block.Paragraph("1) 继续加强建设"), new Block.Paragraph("*重点*工作与[附件](x)及<b>标签</b>、a_b_c"));
        String body = MarkdownBody.of(blocks);
        assertThat(body).startsWith("\\# 号文件\n\n\\- 3℃以下停课\n\n1\\) 继续加强建设\n\n");

        TestSite site = TestSite.withConfig("""
                -- content/reports/r.md --
                ---
                title: "测试"
                date: 2013-01-01
                year: 2013
                period: 全年
                category: 年度总结
                department: 测试县教育局
                ---
                """ + body);
        Document page = site.build().page("reports/r/index.html");
        assertThat(page.select(".report-body p").eachText()).containsExactly("# 号文件", "- 3℃以下停课", "1) 继续加强建设",
                "*重点*工作与[附件](x)及<b>标签</b>、a_b_c");
        assertThat(page.select(".report-body em, .report-body a, .report-body ol, .report-body ul, .report-body h1")).isEmpty();
    }
}
