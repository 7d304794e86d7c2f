package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.gongkai.problem.Language;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Reports and pages saved as 「ANSI」 by Notepad or WPS on a Chinese Windows (GBK) are read, with an info (issue 13). */
class MarkdownEncodingsTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static final String REPORT = """
            ---
            title: 宿松县教育局2011年工作总结
            date: 2011-12-30
            year: 2011
            period: 全年
            category: 年度总结
            department: 宿松县教育局
            ---
            正文：全县共有中小学校四十所。
            """;

    private static final String PAGE = "---\ntitle: 信息公开指南\n---\n本局的公开指南。\n";

    @Test
    void aGbkReportWithCrlfIsReadWithAnInfoAtTheFile() {
        BuiltSite site = TestSite.withConfig("")
                .file("content/reports/r.md", REPORT.replace("\n", "\r\n").getBytes(GBK)).build();

        assertThat(site.page("reports/r/index.html").selectFirst("h1").text()).isEqualTo("宿松县教育局2011年工作总结");
        assertThat(site.page("reports/r/index.html").text()).contains("正文：全县共有中小学校四十所。");
        Problem info = site.result().notices().stream().filter(p -> p.position().file().equals("content/reports/r.md"))
                .findFirst().orElseThrow();
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.format()).isEqualTo("content/reports/r.md: the file is saved as GBK; it was read as GBK\n"
                + "  hint: `gongkai check --fix` rewrites it as UTF-8");
        assertThat(info.message(Language.ZH)).isEqualTo("文件是以 GBK 编码保存的，已按 GBK 读取");
        assertThat(info.hint(Language.ZH)).isEqualTo("运行 `gongkai check --fix` 可把它改存为 UTF-8");
    }

    @Test
    void aGbkPageIsReadToo() {
        BuiltSite site = TestSite.withConfig("").file("content/pages/guide.md", PAGE.getBytes(GBK)).build();

        assertThat(site.page("pages/guide/index.html").text()).contains("本局的公开指南。");
        assertThat(site.result().notices()).anySatisfy(p -> assertThat(p.format())
                .startsWith("content/pages/guide.md: the file is saved as GBK"));
    }

    @Test
    void aUtf8ReportHasNoEncodingNotice() {
        BuiltSite site = TestSite.withConfig("").file("content/reports/r.md", REPORT).build();

        assertThat(site.result().notices()).noneMatch(p -> p.position().file().equals("content/reports/r.md"));
    }

    @Test
    void aFileThatIsNeitherUtf8NorGbkStaysAnError() {
        byte[] good = REPORT.getBytes(GBK);
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xFF; // no GBK or UTF-8 sequence starts with 0xFF
        var failure = TestSite.withConfig("").file("content/reports/r.md", bytes).buildExpectingFailure();

        assertThat(failure.problems()).singleElement().satisfies(p -> assertThat(p.format())
                .startsWith("content/reports/r.md:2: the file is not UTF-8").contains("hint: save it as UTF-8"));
    }
}
