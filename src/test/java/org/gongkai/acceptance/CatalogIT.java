package org.gongkai.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.acceptance.ShippedTool.Run;
import org.gongkai.testing.TestSite;

/**
 * Issue 14 through the shipped launcher: the data pages' 索引号 from site.yaml's disclosure.data_pages, the
 * 政府信息公开目录 with catalog.json and catalog.csv, the 法定主动公开内容, and a data page number that is wrong.
 */
class CatalogIT {

    /** site.yaml: title (line 1), bureau (2), contacts (3–5), disclosure (6), the data pages from line 9. */
    private static final String DISCLOSURE = """
            disclosure:
              org_code: "A0001-0000001"
              index_pattern: "{org_code}/{year}-{seq:5}"
              data_pages:
                fees/2011-2012:
                  index: "A0001-0000001/2011-00002"
                  published: 2011-09-01
                projects:
                  index: "A0001-0000001/2012-00001"
                  published: 2012-01-10
            """;

    private static TestSite site() {
        TestSite site = Sites.bureau();
        site.file("content/site.yaml", Sites.SITE_YAML + DISCLOSURE);
        site.file("content/reports/2011/2011-12-30-annual-summary.md", Sites.REPORT.replace("tags: [学生资助]\n",
                "tags: [学生资助]\nindex: \"A0001-0000001/2011-00001\"\npublished: 2012-01-04\nsubject: 学生资助\n"));
        return site;
    }

    @Test
    void theDemoSiteCatalogListsEveryItemAndLinksOnlyPagesThatExist() throws IOException {
        Path root = Files.createTempDirectory("gongkai-demo-");
        Files.move(Folders.copy(ShippedTool.HOME.resolve("content")), root.resolve("content"));

        Run run = ShippedTool.gongkai(root, "build").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path out = root.resolve("site");
        JsonNode items = new ObjectMapper().readTree(out.resolve("xxgk/catalog.json").toFile()).get("items");
        // 4 reports, 2 free pages, 2 school years, projects, aid, 7 year summaries, 1 annual report
        assertThat(items).hasSize(18);
        String base = "https://jyj.example.gov.cn/";
        for (JsonNode item : items) {
            String url = item.get("url").asText();
            assertThat(url).startsWith(base);
            assertThat(out.resolve(url.substring(base.length()) + "index.html")).as(url).exists();
        }
        assertThat(items.findValuesAsText("kind")).contains("report", "page", "fees", "projects", "aid", "year", "annual-report");
        Document column = Jsoup.parse(out.resolve("xxgk/index.html").toFile(), "UTF-8");
        assertThat(column.select("ul.xxgk-columns a").eachText()).contains("法定主动公开内容", "政府信息公开目录");
        Document catalog = Jsoup.parse(out.resolve("xxgk/catalog/index.html").toFile(), "UTF-8");
        assertThat(catalog.select("table.catalog tbody tr")).hasSize(18);
    }

    @Test
    void theCatalogFilesListEveryItemAndParse() throws IOException {
        TestSite site = site();

        Run run = ShippedTool.gongkai(site.root(), "build", "--base-url", "https://jyj.example.gov.cn/").assertNoTrace();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path out = site.root().resolve("site");
        JsonNode json = new ObjectMapper().readTree(out.resolve("xxgk/catalog.json").toFile());
        assertThat(json.get("count").asInt()).isEqualTo(5);
        // newest 发布日期 first; the aid and year pages have none configured, so they come last, by address
        assertThat(json.get("items").findValuesAsText("url")).containsExactly("https://jyj.example.gov.cn/projects/",
                "https://jyj.example.gov.cn/reports/2011-12-30-annual-summary/", "https://jyj.example.gov.cn/fees/2011-2012/",
                "https://jyj.example.gov.cn/aid/", "https://jyj.example.gov.cn/years/2011/");
        byte[] csv = Files.readAllBytes(out.resolve("xxgk/catalog.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(5);
            assertThat(all).filteredOn(row -> row.get("kind").equals("fees")).singleElement().satisfies(row -> assertThat(row)
                    .containsEntry("index", "A0001-0000001/2011-00002").containsEntry("published", "2011-09-01")
                    .containsEntry("subject", "教育收费").containsEntry("title", "2011—2012学年收费公示"));
        }
        Document fees = Jsoup.parse(out.resolve("fees/2011-2012/index.html").toFile(), "UTF-8");
        assertThat(fees.select("section.item-meta dd").first().text()).isEqualTo("A0001-0000001/2011-00002");
        Document statutory = Jsoup.parse(out.resolve("xxgk/statutory/index.html").toFile(), "UTF-8");
        assertThat(statutory.select("section:has(#art20-8) tbody th a").eachText()).containsExactly("2011—2012学年收费公示");
        Document catalog = Jsoup.parse(out.resolve("xxgk/catalog/index.html").toFile(), "UTF-8");
        assertThat(catalog.select("table.catalog tbody tr")).hasSize(5);
    }

    @Test
    void aDataPageNumberThatAReportUsesStopsTheBuildAtSiteYamlInEnglishAndChinese() {
        TestSite good = site();
        Run first = ShippedTool.gongkai(good.root(), "build");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, String> published = Folders.fingerprint(good.root().resolve("site"));
        good.file("content/site.yaml", Sites.SITE_YAML + DISCLOSURE.replace("2012-00001", "2011-00001"));

        Run run = ShippedTool.gongkai(good.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/site.yaml:14:14: the 索引号 「A0001-0000001/2011-00001」 is already used in "
                + "content/reports/2011/2011-12-30-annual-summary.md:9", "hint: a 索引号 never changes once published");
        assertThat(Folders.fingerprint(good.root().resolve("site"))).isEqualTo(published);

        Run chinese = ShippedTool.run(good.root(), List.of(ShippedTool.LAUNCHER.toString(), "build"),
                Map.of("GONGKAI_LANG", "zh")).assertNoTrace();
        assertThat(chinese.exitCode()).isEqualTo(1);
        assertThat(chinese.err()).contains("content/site.yaml:14:14: 索引号「A0001-0000001/2011-00001」已经用在 "
                + "content/reports/2011/2011-12-30-annual-summary.md:9", "提示：");
    }

    @Test
    void aDataPageNumberOffThePatternIsAnErrorAndAPageWithoutRowsAWarning() {
        TestSite site = site();
        site.file("content/site.yaml", Sites.SITE_YAML + DISCLOSURE.replace("2011-00002", "2011-2"));

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/site.yaml:11:14: the 索引号 「A0001-0000001/2011-2」 does not match the pattern"
                + " {org_code}/{year}-{seq:5} of site.yaml", "hint: write it like A0001-0000001/2021-00001");

        site.file("content/site.yaml", Sites.SITE_YAML + DISCLOSURE.replace("fees/2011-2012:", "fees/2010-2011:"));
        Run warned = ShippedTool.gongkai(site.root(), "build").assertNoTrace();
        assertThat(warned.exitCode()).as(warned.toString()).isZero();
        assertThat(warned.err()).contains("content/site.yaml:10:5: warning: this site has no data page 「fees/2010-2011」",
                "hint: the data pages of this site are: aid、fees/2011-2012、projects、years/2011");
        Run strict = ShippedTool.gongkai(site.root(), "build", "--strict").assertNoTrace();
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void aKeyThatNamesNoDataPageIsAnErrorAtItsLine() {
        TestSite site = site();
        site.file("content/site.yaml", Sites.SITE_YAML + DISCLOSURE.replace("fees/2011-2012:", "fees/2011:"));

        Run run = ShippedTool.gongkai(site.root(), "build").assertNoTrace();
        Run chinese = ShippedTool.run(site.root(), List.of(ShippedTool.LAUNCHER.toString(), "build"),
                Map.of("GONGKAI_LANG", "zh")).assertNoTrace();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/site.yaml:10:5: 「fees/2011」 is not the name of a data page",
                "hint: a data page is written fees/2012-2013");
        assertThat(chinese.err()).contains("content/site.yaml:10:5: 「fees/2011」不是数据页面的名称",
                "提示：数据页面写作 fees/2012-2013（某学年的收费公示）");
    }
}
