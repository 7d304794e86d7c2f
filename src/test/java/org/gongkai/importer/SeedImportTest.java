package org.gongkai.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.testing.TestSite.CliRun;

/**
 * Each seed file (src/test/resources/seeds, copies of shared/seeds) imported through the command line: the number
 * of reports and their titles, the drafts build with {@code --drafts}, and each page's headings follow the 「一、」
 * and 「(一)」 lines of the source in order.
 */
class SeedImportTest {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:推荐)?(?:第[0-9一二三四五六七八九十]+篇|篇\\d+).*");
    private static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十]{1,3}、.*");
    private static final Pattern L2 = Pattern.compile("^[(（][一二三四五六七八九十]{1,3}[)）].*");

    @Test
    void seed000HasFiveReports() {
        importAndBuild("000_a0c2297895d912f9.txt", List.of("县教育和科技局2006年上半年工作总结", "201X年教育科技局党建工作总结",
                "县教育和科技局XX年教育和科技工作总结", "县教育和科技局工作总结", "2011科技局党委年党建工作总结"));
    }

    @Test
    void seed001HasFiveReports() {
        Outcome imported = importAndBuild("001_2e7c61cab5a262cb.txt", List.of("市教育局创建2010-2011年文明单位工作总结", "创建市文明单位工作总结",
                "创建市文明单位工作总结", "争创文明窗口发展优质教育——市教育局创建自治区级文明单位工作情况汇报", "教育局文明单位创建工作汇报"));
        // the 政务服务中心 text glued onto the last report (001:150–161) is pointed at, once
        assertThat(imported.out().split("the 「一、」 numbering starts again here", -1)).hasSize(2);
        // signed 「丹江口市教育局 二0一一年十月十二日」 and 「小官庄镇国土资源所」 / 「二OO八年十一月十七日」
        assertThat(imported.out()).contains("date: 2011-10-12 (read from the sign-off)", "department: 丹江口市教育局",
                "date: 2008-11-17 (read from the sign-off)", "department: 小官庄镇国土资源所");
    }

    /** The report pages in the source's order, and what the command printed. */
    private record Outcome(List<Document> pages, String out) {
    }

    @Test
    void seed002HasThreeReports() {
        List<Document> pages = importAndBuild("002_20f9e1c1b39544d7.txt", List.of("县教育局2023年工作总结和2023年工作要点",
                "县局“四群”教育工作总结", "县局4.15全民国家安全教育日活动总结")).pages();
        // the page furniture after the last report (「77位用户关注」 …) is gone
        assertThat(pages.get(2).select(".report-body").text()).doesNotContain("位用户关注");
        assertThat(pages.get(1).select(".report-body h2").eachText())
                .containsExactly("一、工作基本情况", "二、主要做法和经验", "三、存在困难和问题", "四、下半年工作打算");
    }

    /** Imports the seed into a new site, builds it with drafts and returns the report pages in the source's order. */
    private static Outcome importAndBuild(String seed, List<String> titles) {
        TestSite site = TestSite.withConfig("").file("paste.txt", seedBytes(seed));
        CliRun run = site.cli("import", site.root().resolve("paste.txt").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> written = Pattern.compile("wrote (content/reports/\\S+\\.md):").matcher(run.out()).results()
                .map(m -> m.group(1)).toList();
        assertThat(written).hasSameSizeAs(titles);

        BuiltSite built = site.build(site.options().withDrafts(true));
        List<List<String>> sources = articles(new String(seedBytes(seed), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sources).hasSameSizeAs(titles);
        List<Document> pages = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String slug = Path.of(written.get(i)).getFileName().toString().replace(".md", "");
            Document page = built.page("reports/" + slug + "/index.html");
            assertThat(page.selectFirst("h1").ownText()).isEqualTo(titles.get(i));
            List<String> headings = page.select(".report-body h2, .report-body h3").eachText().stream().map(SeedImportTest::key).toList();
            assertThat(followsInOrder(sourceOutline(sources.get(i)), headings)).as("outline of %s report %d: %s", seed, i + 1, headings)
                    .isTrue();
            pages.add(page);
        }
        return new Outcome(pages, run.out());
    }

    /** The source's 「一、」 and 「(一)」 lines that start a line after a closed one (§6.5: others are wraps). */
    private static List<String> sourceOutline(List<String> lines) {
        List<String> outline = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean afterClosed = i == 0 || !Unwrap.isOpen(lines.get(i - 1));
            if (afterClosed && (L1.matcher(line).matches() || L2.matcher(line).matches())) {
                outline.add(key(line));
            }
        }
        return outline;
    }

    /** Numbers and words, no punctuation, at most 6 characters. */
    private static String key(String heading) {
        String bare = heading.replaceAll("[\\p{P}\\s]", "");
        return bare.substring(0, Math.min(bare.length(), 6));
    }

    /**
     * Whether every source heading is on the page, in order (the page may have more: headings that were merged into a
     * paragraph in the source). 「(一)理」, cut in the source, is 「（一）理清思路…」 on the page: a prefix matches.
     */
    private static boolean followsInOrder(List<String> source, List<String> page) {
        int at = 0;
        for (String heading : source) {
            while (at < page.size() && !page.get(at).startsWith(heading)) {
                at++;
            }
            if (at == page.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static List<List<String>> articles(String text) {
        List<List<String>> articles = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (SEPARATOR.matcher(line.strip()).matches()) {
                articles.add(new ArrayList<>());
            } else if (!articles.isEmpty() && !line.isBlank()) {
                articles.get(articles.size() - 1).add(line.strip());
            }
        }
        return articles;
    }

    private static byte[] seedBytes(String name) {
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
