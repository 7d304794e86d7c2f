package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.TestSite;

/** Issue 14: site.yaml's disclosure: and the items' 索引号 and 主题分类, checked by the build at file:line:column. */
class ItemMetadataTest {

    private static final String DISCLOSURE = """
            disclosure:
              org_code: "A0001-0000001"
              index_pattern: "{org_code}/{year}-{seq:5}"
            """;

    private static String report(String name, String extra) {
        return "-- content/reports/" + name + ".md --\n---\ntitle: 测试县教育局2021年工作总结\ndate: 2021-12-30\nyear: 2021\n"
                + "period: 全年\ncategory: 年度总结\ndepartment: 测试县教育局\n" + extra + "---\n正文。\n";
    }

    private static List<String> errors(String txtar) {
        return TestSite.withConfig(txtar).buildExpectingFailure().problems().stream()
                .filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void indexNotMatchingThePatternIsAnErrorAtItsValueWithAnExample() {
        assertThat(errors(DISCLOSURE + report("a", "index: \"A0001-0000001/2021-12\"\n")))
                .containsExactly("content/reports/a.md:8:8: the 索引号 「A0001-0000001/2021-12」 does not match the pattern"
                        + " {org_code}/{year}-{seq:5} of site.yaml\n  hint: write it like A0001-0000001/2021-00001;"
                        + " do not change a published 索引号, only correct a mistyped one");
    }

    @Test
    void indexUsedTwiceIsAnErrorAtTheSecondNamingTheFirst() {
        String index = "index: \"A0001-0000001/2021-00001\"\n";
        assertThat(errors(DISCLOSURE + report("a", index) + report("b", index)))
                .singleElement().asString()
                .startsWith("content/reports/b.md:8:8: the 索引号 「A0001-0000001/2021-00001」 is already used in content/reports/a.md:8");
    }

    @Test
    void indexIsUniqueAcrossReportsAndPages() {
        String index = "index: \"A0001-0000001/2021-00001\"\n";
        String page = "-- content/pages/about.md --\n---\ntitle: 关于我们\n" + index + "---\n正文。\n";
        assertThat(errors(DISCLOSURE + page + report("a", index)))
                .singleElement().asString().startsWith("content/reports/a.md:8:8: the 索引号 「A0001-0000001/2021-00001」 is already used in content/pages/about.md:3");
    }

    @Test
    void subjectOutsideTheVocabularyIsAnErrorListingTheDefaults() {
        assertThat(errors(DISCLOSURE + report("a", "subject: 收费\n")))
                .containsExactly("content/reports/a.md:8:10: the 主题分类 「收费」 is not in site.yaml's disclosure.subjects\n"
                        + "  hint: use one of: 招生录取、教育收费、学生资助、教师队伍、财政预决算、教育督导、规范性文件、建设项目、机构职能、其他");
    }

    @Test
    void configuredSubjectsReplaceTheDefaults() {
        String config = "disclosure:\n  subjects: [招生, 收费]\n";
        TestSite.withConfig(config + report("a", "subject: 收费\n")).build();
        assertThat(errors(config + report("a", "subject: 教育收费\n"))).singleElement().asString()
                .contains("hint: use one of: 招生、收费");
    }

    @Test
    void unknownPlaceholderAndMissingOrgCodeAreErrorsInSiteYaml() {
        assertThat(errors("disclosure:\n  index_pattern: \"{code}/{year}-{seq:5}\"\n")).singleElement().asString()
                .startsWith("content/site.yaml:4:18: the 索引号 pattern 「{code}/{year}-{seq:5}」 has a placeholder that is not known");
        assertThat(errors("disclosure:\n  index_pattern: \"{org_code}-{seq}\"\n")).singleElement().asString()
                .startsWith("content/site.yaml:4:18: the 索引号 pattern uses {org_code} but disclosure: has no org_code");
    }

    @Test
    void wellFormedMetadataBuildsAndTheFeedUsesTheCorrectionDate() {
        String config = DISCLOSURE + "base_url: https://jyj.example.gov.cn/\n";
        var built = TestSite.withConfig(config + report("a", """
                index: "A0001-0000001/2021-00001"
                published: 2022-01-05
                updated: 2022-02-01
                subject: 教育督导
                validity: 有效
                doc_number: "测教〔2021〕3号"
                """)).build();
        assertThat(built.text("feed.xml")).contains("<published>2022-01-05").contains("<updated>2022-02-01");
    }

    @Test
    void invalidValidityIsAnError() {
        assertThat(errors(report("a", "validity: 失效\n"))).singleElement().asString()
                .startsWith("content/reports/a.md:8:11: `validity` 「失效」 is not one of the allowed values");
    }

    @Test
    void reportAndPageShowTheMetadataBlockAndHeadTags() {
        String page = "-- content/pages/about.md --\n---\ntitle: 关于我们\nindex: \"A0001-0000001/2021-00002\"\n"
                + "subject: 机构职能\npublished: 2021-02-01\n---\n正文。\n";
        var built = TestSite.withConfig(DISCLOSURE + "  publisher: 测试县教育局办公室\n" + page + report("a", """
                index: "A0001-0000001/2021-00001"
                published: 2022-01-05
                updated: 2022-02-01
                subject: 教育督导
                validity: 已废止
                validity_date: 2023-03-01
                doc_number: "测教〔2021〕3号"
                tags: [督导评估]
                """)).build();
        Document report = built.page("reports/a/index.html");
        assertThat(report.select("section.item-meta h2").text()).isEqualTo("信息属性");
        assertThat(report.select("section.item-meta dt").eachText()).containsExactly("索引号", "主题分类", "发布机构", "成文日期",
                "发布日期", "更正日期", "文号", "主题词", "有效性", "公开方式");
        assertThat(report.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2021-00001", "教育督导",
                "测试县教育局办公室", "2021年12月30日", "2022年1月5日", "2022年2月1日", "测教〔2021〕3号", "督导评估",
                "已废止（自2023年3月1日起）", "主动公开");
        assertThat(report.select("meta[name=PubDate]").attr("content")).isEqualTo("2022-01-05");
        assertThat(report.select("meta[name=ContentSource]").attr("content")).isEqualTo("测试县教育局办公室");
        assertThat(report.select("meta[name=ArticleTitle]").attr("content")).isEqualTo("测试县教育局2021年工作总结");
        Document about = built.page("pages/about/index.html");
        assertThat(about.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2021-00002", "机构职能",
                "测试县教育局办公室", "2021年2月1日", "有效", "主动公开");
    }

    @Test
    void siteWithoutDisclosureHasNoBlock() {
        var built = TestSite.withConfig(report("a", "")).build();
        assertThat(built.page("reports/a/index.html").select("section.item-meta, meta[name=PubDate]")).isEmpty();
    }

    @Test
    void footerShowsTheIdentityOnEveryPageWithTheIcpLink() {
        var built = TestSite.withConfig("""
                identity:
                  host: 测试县教育局
                  operator: 测试县教育局办公室
                  site_code: "3408000001"
                  icp: 皖ICP备00000001号
                  police: 皖公网安备 34082602000001号
                  badge: images/dzjg.png
                -- content/static/images/dzjg.png --
                png
                """ + report("a", "")).build();
        for (String path : List.of("index.html", "reports/a/index.html", "xxgk/index.html")) {
            Document page = built.page(path);
            assertThat(page.select("footer").text()).as(path).contains("主办单位：测试县教育局", "承办单位：测试县教育局办公室",
                    "网站标识码：3408000001", "皖公网安备 34082602000001号");
            assertThat(page.select("footer a[href=https://beian.miit.gov.cn/]").text()).isEqualTo("皖ICP备00000001号");
            assertThat(page.select("footer img[alt=党政机关网站标识]").attr("src")).endsWith("images/dzjg.png");
        }
        assertThat(built.page("reports/a/index.html").select("footer img").attr("src")).isEqualTo("../../images/dzjg.png");
    }

    @Test
    void siteCodeMustBeTenDigitsAndTheBadgeAStaticFile() {
        assertThat(errors("identity:\n  site_code: \"340800001\"\n  badge: images/none.png\n")).containsExactly(
                "content/site.yaml:4:14: the 网站标识码 「340800001」 is not 10 digits\n  hint: the 网站标识码 is the 10-digit code the"
                        + " national government website system gave the site; copy it in quotes, e.g. site_code: \"3408000001\"",
                "content/site.yaml:5:10: the 党政机关网站标识 image 「images/none.png」 is not in content/static/\n"
                        + "  hint: put the image in content/static/ and write its path below it here, e.g. images/dzjg.png");
    }
}
