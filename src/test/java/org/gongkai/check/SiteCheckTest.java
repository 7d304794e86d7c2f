package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongkai.lint.Finding;
import org.gongkai.problem.Language;
import org.gongkai.problem.Severity;
import org.gongkai.testing.TestSite;

class SiteCheckTest {

    private static final String FRONT_MATTER = """
            ---
            title: 测试县教育局2013年工作总结
            date: 2013-12-30
            year: 2013
            period: 全年
            category: 年度总结
            department: 测试县教育局
            draft: true
            ---

            """;

    private static List<String> shown(List<Finding> findings) {
        return findings.stream().map(f -> f.position() + " [" + f.kind() + "] " + f.problem().message()).toList();
    }

    @Test
    void pageChecksAreTracedBackToTheMarkdownLine() {
        TestSite site = TestSite.withConfig("-- content/reports/r.md --\n" + FRONT_MATTER + """
                ## 一、主要工作

                详见[附件](../../files/missing.pdf)。

                ![](../../files/photo.png)

                #### 没有上一级的标题

                2013年工作。
                """);
        List<Finding> findings = new SiteCheck().run(site.root());

        assertThat(shown(findings)).contains(
                "content/reports/r.md:13:8 [broken-link] link 「../../files/missing.pdf」 leads to a page that does not exist",
                "content/reports/r.md:15:5 [image-alt] image 「../../files/photo.png」 has no alt text",
                "content/reports/r.md:17:6 [heading-level] heading 「没有上一级的标题」 is level 4 after a level 2 heading: "
                        + "a level is skipped");
        assertThat(site.root().resolve("site")).as("check never builds into site/").doesNotExist();
    }

    /** Issue 13: the built pages' findings in Chinese, the default language. */
    @Test
    void pageChecksSpeakChinese() {
        TestSite site = TestSite.withConfig("-- content/reports/r.md --\n" + FRONT_MATTER + """
                ## 一、主要工作

                详见[附件](../../files/missing.pdf)，[上文](#没有这一节)。

                ![](../../files/photo.png)

                #### 没有上一级的标题
                """);
        List<Finding> findings = new SiteCheck().run(site.root());

        assertThat(findings).extracting(f -> f.kind() + " " + f.problem().message(Language.ZH) + " / "
                + f.problem().hint(Language.ZH)).contains(
                "broken-link 链接「../../files/missing.pdf」指向的网页不存在 / 请改正链接，或者补上缺少的网页",
                "broken-link 链接「#没有这一节」指向 #没有这一节，但那个网页上没有这个位置 / 请改正链接，或者补上缺少的网页",
                "image-alt 图片「../../files/photo.png」没有说明文字 / 请在方括号里写明图片的内容，例如：![学校新建教学楼](../../files/photo.png)",
                "heading-level 标题「没有上一级的标题」是 4 级标题，而前一个标题是 2 级：中间跳过了一级 / "
                        + "请用 ###（比前一个标题低一级）；「一、」这一级的标题用 ##，「（一）」这一级用 ###");
    }

    @Test
    void aCleanSiteHasNoFindingsAndDraftsAreChecked() {
        TestSite clean = TestSite.withConfig("-- content/reports/r.md --\n" + FRONT_MATTER + "## 一、工作\n\n2013年，全县共有学校12所。\n");
        assertThat(new SiteCheck().run(clean.root())).isEmpty();

        TestSite draft = TestSite.withConfig("-- content/reports/r.md --\n" + FRONT_MATTER + "2013年，XX县开展工作。\n");
        assertThat(shown(new SiteCheck().run(draft.root()))).singleElement().asString().isEqualTo("content/reports/r.md:11:7 [placeholder] 「XX县」 looks like an unfilled placeholder");
    }

    /** An input error hides nothing else (issue 12, defect 6): only the report that has it is left out. */
    @Test
    void inputErrorsAreFindingsAndTheRulesRunOnTheOtherReports() {
        TestSite site = TestSite.withConfig("-- content/reports/r.md --\n"
                + FRONT_MATTER.replace("category: 年度总结", "category: 年终总结") + "XX县。\n"
                + "-- content/reports/s.md --\n" + FRONT_MATTER + "2013年，XX镇开展工作。\n");
        List<Finding> findings = new SiteCheck().run(site.root());

        assertThat(shown(findings)).containsExactly(
                "content [input] the built pages were not checked (links, image alt text, headings): the site cannot "
                        + "be built until its input errors are fixed",
                "content/reports/r.md:6:11 [input] `category` 「年终总结」 is not one of the allowed values",
                "content/reports/s.md:11:7 [placeholder] 「XX镇」 looks like an unfilled placeholder");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(0).problem().message(Language.ZH))
                .isEqualTo("没有检查生成的网页（链接、图片说明、标题层级）：输入错误改正之前，网站无法生成");
        assertThat(findings.get(0).problem().hint(Language.ZH)).isEqualTo("请先改正标为 [input] 的错误，再运行一次检查");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aSiteYamlThatDoesNotLoadStillLetsTheRulesRunOnTheReports() {
        TestSite site = TestSite.of("-- content/site.yaml --\ntitle: 测试县教育局信息公开\n"
                + "-- content/reports/s.md --\n" + FRONT_MATTER + "2013年，XX镇开展工作。\n");
        List<Finding> findings = new SiteCheck().run(site.root());

        assertThat(findings).anySatisfy(f -> assertThat(f.position().file()).isEqualTo("content/site.yaml"));
        assertThat(shown(findings)).contains("content/reports/s.md:11:7 [placeholder] 「XX镇」 looks like an unfilled placeholder");
    }
}
