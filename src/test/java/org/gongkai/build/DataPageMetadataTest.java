package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.problem.Problem;
import org.gongkai.testing.DataRows;
import org.gongkai.testing.TestSite;

/** Issue 14: the data pages' 信息属性 and 索引号, configured once in site.yaml's disclosure.data_pages. */
class DataPageMetadataTest {

    /** site.yaml: title (line 1), bureau (2), disclosure (3) …; the key fees/2012-2013 on line 7. */
    static final String CONFIG = """
            disclosure:
              org_code: "A0001-0000001"
              index_pattern: "{org_code}/{year}-{seq:5}"
              data_pages:
                fees/2012-2013:
                  index: "A0001-0000001/2012-00007"
                  published: 2012-09-05
                projects:
                  index: "A0001-0000001/2013-00002"
                  published: 2013-03-10
                  updated: 2013-04-01
                aid:
                  index: "A0001-0000001/2013-00003"
                  subject: 其他
                years/2012:
                  index: "A0001-0000001/2013-00004"
                  published: 2013-01-20
            """;

    static final String DATA = DataRows.file("fees.csv", FEES_HEADER, FEE) + DataRows.file("projects.csv", PROJECTS_HEADER, PROJECT)
            + DataRows.file("aid.csv", AID_HEADER, AID);

    private static List<String> problems(String txtar) {
        return TestSite.withConfig(txtar).buildExpectingFailure().problems().stream()
                .filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void everyDataPageShowsItsConfiguredBlockAndHeadTags() {
        var built = TestSite.withConfig(CONFIG + "base_url: https://jyj.example.gov.cn/\n" + DATA).build();

        Document fees = built.page("fees/2012-2013/index.html");
        assertThat(fees.select("section.item-meta dt").eachText())
                .containsExactly("索引号", "主题分类", "发布机构", "发布日期", "有效性", "公开方式");
        assertThat(fees.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2012-00007", "教育收费",
                "测试县教育局", "2012年9月5日", "有效", "主动公开");
        assertThat(fees.select("meta[name=PubDate]").attr("content")).isEqualTo("2012-09-05");
        assertThat(fees.select("meta[name=ArticleTitle]").attr("content")).isEqualTo("2012—2013学年收费公示");
        // fees/ is the latest school year's page: the same item
        assertThat(built.page("fees/index.html").select("section.item-meta dd").first().text()).isEqualTo("A0001-0000001/2012-00007");

        Document projects = built.page("projects/index.html");
        assertThat(projects.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2013-00002", "建设项目",
                "测试县教育局", "2013年3月10日", "2013年4月1日", "有效", "主动公开");
        Document aid = built.page("aid/index.html");
        assertThat(aid.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2013-00003", "其他",
                "测试县教育局", "有效", "主动公开");
        assertThat(aid.select("meta[name=PubDate]")).as("no 发布日期 is made up").isEmpty();
        Document year = built.page("years/2012/index.html");
        assertThat(year.select("section.item-meta dd").eachText()).containsExactly("A0001-0000001/2013-00004",
                "测试县教育局", "2013年1月20日", "有效", "主动公开");
        assertThat(built.text("sitemap.xml")).contains("projects/</loc><lastmod>2013-04-01");
    }

    @Test
    void dataPagesWithoutConfiguredNumbersStillShowTheBlockWithoutADate() {
        var built = TestSite.withConfig("disclosure:\n  publisher: 测试县教育局办公室\n" + DATA).build();
        assertThat(built.page("fees/2012-2013/index.html").select("section.item-meta dd").eachText())
                .containsExactly("教育收费", "测试县教育局办公室", "有效", "主动公开");
        assertThat(built.page("years/2012/index.html").select("meta[name=PubDate]")).isEmpty();
    }

    @Test
    void siteWithoutDisclosureHasNoBlockOnDataPages() {
        var built = TestSite.withConfig(DATA).build();
        assertThat(built.page("fees/2012-2013/index.html").select("section.item-meta, meta[name=PubDate]")).isEmpty();
        assertThat(built.page("projects/index.html").select("section.item-meta")).isEmpty();
    }

    @Test
    void aDataPageNumberOffThePatternIsAnErrorAtItsLineInSiteYaml() {
        assertThat(problems(CONFIG.replace("2013-00002", "2013-2") + DATA))
                .containsExactly("content/site.yaml:11:14: the 索引号 「A0001-0000001/2013-2」 does not match the pattern"
                        + " {org_code}/{year}-{seq:5} of site.yaml\n  hint: write it like A0001-0000001/2021-00001;"
                        + " do not change a published 索引号, only correct a mistyped one");
    }

    @Test
    void aDataPageNumberThatAReportUsesIsAnErrorNamingTheReport() {
        String report = "-- content/reports/a.md --\n---\ntitle: 测试县教育局2012年工作总结\ndate: 2012-12-30\nyear: 2012\n"
                + "period: 全年\ncategory: 年度总结\ndepartment: 测试县教育局\nindex: \"A0001-0000001/2013-00003\"\n---\n正文。\n";
        assertThat(problems(CONFIG + DATA + report)).singleElement().asString()
                .startsWith("content/site.yaml:15:14: the 索引号 「A0001-0000001/2013-00003」 is already used in content/reports/a.md:8");
    }

    @Test
    void twoDataPagesWithOneNumberIsAnError() {
        assertThat(problems(CONFIG.replace("2013-00004", "2013-00002") + DATA)).singleElement().asString()
                .startsWith("content/site.yaml:18:14: the 索引号 「A0001-0000001/2013-00002」 is already used in content/site.yaml:11");
    }

    @Test
    void aKeyThatIsNoDataPageIsAnErrorAndAPageThatIsNotThereAWarning() {
        assertThat(problems(CONFIG.replace("fees/2012-2013:", "fees/2012:") + DATA)).singleElement().asString()
                .startsWith("content/site.yaml:7:5: 「fees/2012」 is not the name of a data page");
        var built = TestSite.withConfig(CONFIG.replace("fees/2012-2013:", "fees/2011-2012:") + DATA).build();
        assertThat(built.result().notices()).map(Problem::format).anySatisfy(p -> assertThat(p)
                .startsWith("content/site.yaml:7:5: this site has no data page 「fees/2011-2012」")
                .contains("aid、fees/2012-2013、projects、years/2012"));
    }

    @Test
    void anUnknownKeyUnderADataPageIsAnError() {
        assertThat(problems(CONFIG.replace("  published: 2012-09-05", "  date: 2012-09-05") + DATA)).singleElement().asString()
                .startsWith("content/site.yaml:9:7: unknown key `date` in the 信息属性 of data page 「fees/2012-2013」");
    }
}
