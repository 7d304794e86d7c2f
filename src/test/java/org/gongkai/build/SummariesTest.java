package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * A report without {@code summary:} is summed up by its first paragraph, as the parsed document has it: on the
 * lists, in the feed and in the page's {@code <meta name="description">}. Most Chinese reports open
 * with a year (「2013年上半年，我局……」).
 */
class SummariesTest {

    private static BuiltSite site;

    private static String report(String slug, String title, String date, String extra, String body) {
        return "-- content/reports/" + slug + ".md --\n---\ntitle: " + title + "\ndate: " + date + "\nyear: "
                + date.substring(0, 4) + "\nperiod: 上半年\ncategory: 半年总结\ndepartment: 测试县教育局\n" + extra + "---\n" + body;
    }

    @BeforeAll
    static void build() {
        String long140 = "2013年".repeat(30);
        TestSite test = TestSite.of("-- content/site.yaml --\ntitle: 测试县教育局信息公开\nbureau: 测试县教育局\n"
                + "base_url: https://jyj.example.gov.cn/\n"
                + report("digit", "数字开头", "2013-07-10", "", """
                        2013年上半年，我局在县委、县政府的正确领导下，
                        认真贯彻落实各项教育政策。

                        第二段不应出现。
                        """)
                + report("markup", "链接和粗体开头", "2013-07-09", "", """
                        **宿松县教育局**认真落实[“两免一补”](https://jyj.example.gov.cn/x/)政策，
                        发放 `资助` 资金 *共计* 120万元，covering
                        all schools.
                        """)
                + report("heading", "标题开头", "2013-07-08", "", """
                        ## 一、总体情况

                        2013年，全县共有中小学126所。
                        """)
                + report("blocks", "列表、表格、引用和代码开头", "2013-07-07", "", """
                        1. 第一项
                        2. 第二项

                        | 项目 | 金额 |
                        |---|---:|
                        | 甲 | 1 |

                        > 引用的话。

                        ```
                        代码
                        ```

                        3月份以来，我局开展了专项检查。
                        """)
                + report("explicit", "明确摘要", "2013-07-06", "summary: 这是作者写的摘要。\n", """
                        2013年上半年，正文的第一段。
                        """)
                + report("long", "很长的第一段", "2013-07-05", "", long140 + "完。\n"));
        site = test.build();
    }

    private static final Map<String, String> EXPECTED = Map.of(
            "digit", "2013年上半年，我局在县委、县政府的正确领导下，认真贯彻落实各项教育政策。",
            "markup", "宿松县教育局认真落实“两免一补”政策，发放 资助 资金 共计 120万元，covering all schools.",
            "heading", "2013年，全县共有中小学126所。",
            "blocks", "3月份以来，我局开展了专项检查。",
            "explicit", "这是作者写的摘要。",
            "long", "2013年".repeat(28) + "…");

    private static Map<String, String> listed(String page) {
        Map<String, String> summaries = new HashMap<>();
        for (Element entry : site.page(page).select(".entry")) {
            String slug = entry.selectFirst(".entry-title a").attr("href").replaceAll(".*reports/([a-z0-9]+)/$", "$1");
            Element summary = entry.selectFirst(".entry-summary");
            summaries.put(slug, summary == null ? "" : summary.text());
        }
        return summaries;
    }

    @Test
    void listsShowTheFirstParagraphAsPlainText() {
        assertThat(listed("reports/index.html")).isEqualTo(EXPECTED);
        assertThat(listed("reports/2013/index.html")).isEqualTo(EXPECTED);
    }

    @Test
    void thePageDescriptionIsTheSummary() {
        EXPECTED.forEach((slug, summary) -> assertThat(
                site.page("reports/" + slug + "/index.html").select("meta[name=description]").attr("content"))
                .as(slug).isEqualTo(summary));
    }

    @Test
    void theFeedCarriesTheSummary() throws Exception {
        var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.bytes("feed.xml")));
        NodeList entries = feed.getElementsByTagName("entry");
        Map<String, String> summaries = new HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            String id = entry.getElementsByTagName("id").item(0).getTextContent();
            var summary = entry.getElementsByTagName("summary");
            summaries.put(id.replaceAll(".*reports/([a-z0-9]+)/$", "$1"),
                    summary.getLength() == 0 ? "" : summary.item(0).getTextContent());
        }
        assertThat(summaries).isEqualTo(EXPECTED);
    }
}
