package org.gongkai.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link DirectHtml} must write exactly what Flexmark's renderer writes, or leave the document to it. Held to that on
 * every Markdown file of the demo site and the test samples, and on random documents built from the constructs
 * reports use, with the spacing, escapes and entities that trip writers up.
 */
class DirectHtmlTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private int compared;

    /** Renders as the site does (headings numbered) and compares; returns whether the direct writer took it. */
    private boolean sameAsFlexmark(String source) {
        ParsedMarkdown document = markdown.parse(source);
        String rendered = markdown.render(document).html();
        Optional<String> direct = markdown.directHtml(document);
        String flexmark = markdown.flexmarkHtml(document);
        assertThat(rendered).as(source).isEqualTo(flexmark);
        direct.ifPresent(html -> assertThat(html).as(source).isEqualTo(flexmark));
        compared++;
        return direct.isPresent();
    }

    @Test
    void theDemoSiteAndTheSamplesRenderAsFlexmarkRendersThem() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("content", "src/test/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        int direct = 0;
        for (Path file : files) {
            direct += sameAsFlexmark(Files.readString(file)) ? 1 : 0;
        }
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(direct).as("documents the direct writer took").isGreaterThan(files.size() / 2);
    }

    @Test
    void handPickedCasesRenderAsFlexmarkRendersThem() {
        List<String> cases = List.of(
                "**收费管理情况。**本学期\n学校\n工作 english\nnext line\n",
                "## 一、主要工作\n\n### （一）规范\n\n正文&amp;&copy;&#20013; < > \" ' \\* \\[x\\]\n",
                "1. 一\n2. 二\n\n3. 松\n\n   第二段\n",
                "3. 从三开始\n4. 四\n",
                "- 甲\n- 乙\n  - 嵌套\n    1. 更深\n\n- 丙\n",
                "| 项目 | 金额（万元） | 说明 |\n|:---|---:|:---:|\n| 合计 | 1,749.375 | **是** |\n| 空 | | \\| 竖线 |\n",
                "| a |\n|---|\n",
                "[链接](https://a.b/c?d=1&e=2) [坏](javascript:alert(1)) [引号](https://x.y/\"q\") [空格](<a b.html>)\n",
                "[未定义] 和 [有文字][未定义2] 以及 [*强调*]\n",
                "---\n\n***\n\n标题二\n======\n\n文字  \n硬换行\n",
                "   前导空格的段落\n  第二行也有\n",
                "行尾空格 \n下一行\t\n",
                "*强调*和_下划线_和__粗__和***粗斜***\n",
                "<b>原样HTML</b> 与 `代码` 与 ![图](a.png)\n",
                "> 引用\n",
                "");
        for (String source : cases) {
            sameAsFlexmark(source);
        }
        assertThat(compared).isEqualTo(cases.size());
    }

    @Test
    void randomDocumentsRenderAsFlexmarkRendersThem() {
        String[] inline = {"学校", "工作", "english", " ", "  ", "\t", "**", "*", "_", "&amp;", "&", "<", ">", "\"", "'",
                "\\*", "\\", "[x]", "[链接](https://a.b/c?d=1&e=2)", "[坏](javascript:x)", "1.", "2013年", "，", "。",
                "**一是**", "|", "`", "#"};
        String[] blocks = {"", "## ", "### ", "1. ", "- ", "   ", "10. ", "> ", "| a | b |\n|---|--:|\n| ", "---\n"};
        Random random = new Random(7);
        int direct = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder source = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            for (int l = 0; l < lines; l++) {
                source.append(blocks[random.nextInt(blocks.length)]);
                int words = random.nextInt(7);
                for (int w = 0; w < words; w++) {
                    source.append(inline[random.nextInt(inline.length)]);
                }
                source.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            direct += sameAsFlexmark(source.toString()) ? 1 : 0;
        }
        assertThat(direct).as("random documents the direct writer took").isGreaterThan(300);
    }
}
