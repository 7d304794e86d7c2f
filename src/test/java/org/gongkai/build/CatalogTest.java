package org.gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/** Issue 14: the 政府信息公开目录 (xxgk/catalog/, catalog.json, catalog.csv) and the 法定主动公开内容 (xxgk/statutory/). */
class CatalogTest {

    private static final String FIELDS = "index,title,url,summary,publisher,written,published,updated,subject,doc_number,"
            + "validity,keywords,kind";

    static String report(String name, String title, String date, String extra) {
        return "-- content/reports/" + name + ".md --\n---\ntitle: " + title + "\ndate: " + date + "\nyear: " + date.substring(0, 4)
                + "\nperiod: 全年\ncategory: 年度总结\ndepartment: 测试县教育局\n" + extra + "---\n" + title + "的正文, 第一段。\n";
    }

    /** Two reports, a free page, the three data tables and an annual report; one report without a 索引号. */
    static final String SITE = DataPageMetadataTest.CONFIG
            + "  publisher: 测试县教育局办公室\n"
            + DataPageMetadataTest.DATA
            + report("a", "测试县教育局2012年工作总结", "2012-12-28", "index: \"A0001-0000001/2013-00001\"\npublished: 2013-01-04\n"
                    + "subject: 教育督导\ntags: [督导, 资助]\ndoc_number: \"测教〔2012〕9号\"\nsummary: \"一年的工作，概述。\"\n")
            + report("b", "测试县教育局2011年工作总结", "2011-12-30", "")
            + "-- content/pages/about.md --\n---\ntitle: 关于我们\nindex: \"A0001-0000001/2011-00001\"\npublished: 2011-01-04\n"
            + "subject: 机构职能\n---\n本局是主管教育工作的部门。\n";

    private static BuiltSite build(String extraConfig) {
        return TestSite.withConfig(extraConfig + SITE).build();
    }

    @Test
    void jsonParsesAndHasEveryItemInOrderWithAbsoluteUrls() throws IOException {
        BuiltSite built = build("base_url: https://jyj.example.gov.cn/\n");
        JsonNode root = new ObjectMapper().readTree(built.bytes("xxgk/catalog.json"));

        assertThat(root.get("title").asText()).isEqualTo("测试县教育局信息公开");
        assertThat(root.get("publisher").asText()).isEqualTo("测试县教育局办公室");
        assertThat(root.get("base_url").asText()).isEqualTo("https://jyj.example.gov.cn/");
        List<String> titles = new ArrayList<>();
        root.get("items").forEach(item -> titles.add(item.get("title").asText()));
        // 发布日期 (else 成文日期) newest first; undated last, by address
        assertThat(titles).containsExactly("项目建设", "2012年年度汇总", "测试县教育局2012年工作总结", "2012—2013学年收费公示",
                "测试县教育局2011年工作总结", "关于我们", "学生资助", "2011年年度汇总");
        assertThat(root.get("count").asInt()).isEqualTo(8);
        JsonNode a = root.get("items").get(2);
        assertThat(a.get("index").asText()).isEqualTo("A0001-0000001/2013-00001");
        assertThat(a.get("url").asText()).isEqualTo("https://jyj.example.gov.cn/reports/a/");
        assertThat(a.get("summary").asText()).isEqualTo("一年的工作，概述。");
        assertThat(a.get("written").asText()).isEqualTo("2012-12-28");
        assertThat(a.get("published").asText()).isEqualTo("2013-01-04");
        assertThat(a.get("updated").isNull()).isTrue();
        assertThat(a.get("subject").asText()).isEqualTo("教育督导");
        assertThat(a.get("doc_number").asText()).isEqualTo("测教〔2012〕9号");
        assertThat(a.get("keywords")).extracting(JsonNode::asText).containsExactly("督导", "资助");
        assertThat(a.get("kind").asText()).isEqualTo("report");
        JsonNode b = root.get("items").get(4);
        assertThat(b.get("index").asText()).isEmpty();
        assertThat(b.get("published").isNull()).as("never the build date").isTrue();
        assertThat(b.get("summary").asText()).isEqualTo("测试县教育局2011年工作总结的正文, 第一段。");
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertThat(String.join(",", fields)).isEqualTo(FIELDS);
    }

    @Test
    void csvHasABomTheHeaderAndARowPerItemAndParsesWithJacksonCsv() throws IOException {
        BuiltSite built = build("");
        byte[] bytes = built.bytes("xxgk/catalog.csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(FIELDS + "\r\n");

        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(8);
            assertThat(all.get(2)).containsEntry("index", "A0001-0000001/2013-00001").containsEntry("url", "reports/a/")
                    .containsEntry("keywords", "督导；资助").containsEntry("written", "2012-12-28")
                    .containsEntry("publisher", "测试县教育局办公室");
            assertThat(all.get(4)).containsEntry("title", "测试县教育局2011年工作总结")
                    .containsEntry("summary", "测试县教育局2011年工作总结的正文, 第一段。").containsEntry("published", "");
            assertThat(all).extracting(row -> row.get("kind"))
                    .containsExactly("projects", "year", "report", "fees", "report", "page", "aid", "year");
        }
        // the same rows as plain arrays: a value with a comma is quoted, so every row has all the columns
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(text)) {
            assertThat(rows.readAll()).allSatisfy(row -> assertThat(row).hasSize(13));
        }
    }

    /**
     * catalog.csv is written as the data downloads are (render/CsvFile): a value with a comma or a quote is quoted with
     * the quotes doubled, and so is one with a line break, which Jackson's writer left bare, splitting its row in two.
     */
    @Test
    void csvQuotesCommasQuotesAndLineBreaksAsTheDataDownloadsDo() throws IOException {
        String c = report("c", "'测试县\"专项\"汇报, 2012年'", "2012-06-30", "summary: \"第一行，\\n第二行\"\n");
        byte[] bytes = TestSite.withConfig(SITE + c).build().bytes("xxgk/catalog.csv");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        assertThat(text).contains(",\"测试县\"\"专项\"\"汇报, 2012年\",reports/c/,\"第一行，\n第二行\",测试县教育局办公室,2012-06-30,");
        assertThat(text.split("\r\n", -1)).hasSize(1 + 9 + 1); // the header, nine items, nothing after the last CRLF
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            assertThat(rows.readAll()).filteredOn(row -> row.get("url").equals("reports/c/")).singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("title", "测试县\"专项\"汇报, 2012年")
                            .containsEntry("summary", "第一行，\n第二行"));
        }
    }

    @Test
    void theCatalogPagesLinkEveryItemAsAnAccessibleTable() {
        BuiltSite built = build("");
        Document index = built.page("xxgk/catalog/index.html");
        Element table = index.selectFirst("table.catalog");
        assertThat(table.select("caption").text()).isEqualTo("全部信息（8条）");
        assertThat(table.select("thead th[scope=col]").eachText())
                .containsExactly("索引号", "名称", "内容概述", "发布机构", "成文日期", "发布日期");
        assertThat(table.select("tbody th[scope=row] a").eachAttr("href")).containsExactly("../../projects/",
                "../../years/2012/", "../../reports/a/", "../../fees/2012-2013/", "../../reports/b/", "../../pages/about/",
                "../../aid/", "../../years/2011/");
        assertThat(table.select("tbody tr").get(2).select("td").eachText()).containsExactly("A0001-0000001/2013-00001",
                "一年的工作，概述。", "测试县教育局办公室", "2012年12月28日", "2013年1月4日");
        for (String href : index.select("main a[href]").eachAttr("href")) {
            if (!href.endsWith(".json") && !href.endsWith(".csv")) {
                assertThat(built.exists("xxgk/catalog/" + href + "index.html")).as(href).isTrue();
            } else {
                assertThat(built.exists("xxgk/catalog/" + href)).as(href).isTrue();
            }
        }
        // one page per 主题分类 with items (ASCII folders), the others named without a link
        assertThat(index.select("nav.catalog-nav a").eachAttr("href")).map(href -> href.replace("../../xxgk/catalog/", ""))
                .containsExactly("subject/fees/", "subject/inspection/", "subject/projects/", "subject/organization/",
                        "subject/other/", "2013/", "2012/", "2011/");
        assertThat(index.select("nav.catalog-nav li:contains(招生录取) a")).isEmpty();
        Document fees = built.page("xxgk/catalog/subject/fees/index.html");
        assertThat(fees.select("h1").text()).isEqualTo("主题分类：教育收费");
        assertThat(fees.select("tbody th a").eachText()).containsExactly("2012—2013学年收费公示");
        assertThat(fees.select("nav.catalog-nav a[aria-current=page]").text()).isEqualTo("教育收费");
        Document year = built.page("xxgk/catalog/2013/index.html");
        assertThat(year.select("tbody th a").eachText()).containsExactly("项目建设", "2012年年度汇总",
                "测试县教育局2012年工作总结");
        assertThat(built.page("xxgk/index.html").select("ul.xxgk-columns a").eachText()).contains("法定主动公开内容", "政府信息公开目录");
    }

    @Test
    void aSubjectOutsideTheDefaultsGetsAStableAsciiFolder() {
        BuiltSite built = TestSite.withConfig("disclosure:\n  subjects: [收费, 其他]\n" + DataPageMetadataTest.DATA
                + report("a", "测试县教育局2012年工作总结", "2012-12-28", "subject: 收费\n")).build();
        String href = built.page("xxgk/catalog/index.html").select("nav.catalog-nav li:contains(收费) a").attr("href");
        assertThat(href).matches("\\.\\./\\.\\./xxgk/catalog/subject/[0-9a-f]{10}/");
        assertThat(built.exists("xxgk/catalog/" + href + "index.html")).isTrue();
    }

    @Test
    void statutoryGroupsByArticleTwentyThenBySubject() {
        BuiltSite built = build("");
        Document page = built.page("xxgk/statutory/index.html");
        assertThat(page.select("section.statutory-group h2").eachText()).containsExactly("第二十条第（八）项　行政事业性收费",
                "第二十条第（十）项　重大建设项目", "第二十条第（十一）项　教育", "主题分类：机构职能", "主题分类：其他");
        assertThat(page.select("section:has(#art20-8) tbody th a").eachText())
                .containsExactly("2012—2013学年收费公示");
        assertThat(page.select("section:has(#art20-10) tbody th a").eachText()).containsExactly("项目建设");
        assertThat(page.select("section:has(#art20-11) tbody th a").eachText())
                .containsExactly("测试县教育局2012年工作总结", "测试县教育局2011年工作总结", "学生资助");
        assertThat(page.select("section:has(#subject-organization) tbody th a").eachText()).containsExactly("关于我们");
        assertThat(page.select("section:has(#subject-other) tbody th a").eachText()).containsExactly("2012年年度汇总", "2011年年度汇总");
        assertThat(page.select("section.statutory-group tbody a").eachAttr("href")).allSatisfy(href ->
                assertThat(built.exists("xxgk/statutory/" + href + "index.html")).as(href).isTrue());
    }

    @Test
    void aStaticFileOrAnAliasCannotTakeTheCatalogsAddresses() {
        String report = report("a", "测试县教育局2012年工作总结", "2012-12-28", "aliases: [/xxgk/statutory/]\n");
        List<String> errors = TestSite.withConfig("-- content/static/xxgk/catalog.json --\n{}\n" + report)
                .buildExpectingFailure().problems().stream().map(p -> p.format()).toList();
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/static/xxgk/catalog.json: this static file has the"
                + " same address as a generated page"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("content/reports/a.md: alias 「xxgk/statutory/index.html」"));
    }

    @Test
    void theCatalogIsTheSameBytesFromBuildToBuild() {
        TestSite site = TestSite.withConfig(SITE);
        byte[] first = site.build().bytes("xxgk/catalog.json");
        byte[] firstCsv = site.build().bytes("xxgk/catalog.csv");
        BuiltSite again = site.build();
        assertThat(again.bytes("xxgk/catalog.json")).isEqualTo(first);
        assertThat(again.bytes("xxgk/catalog.csv")).isEqualTo(firstCsv);
    }
}
