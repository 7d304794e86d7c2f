package org.gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gongkai.build.BuildListener;
import org.gongkai.build.BuildOptions;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * The preview's rebuild after an edit of a report's opening: the lists and the feed show the new first paragraph
 * (the summary comes from the parsed body, not from a page the rebuild did not render), and the folder is then
 * byte for byte what a full build writes.
 */
class IncrementalSummariesTest {

    private TestSite site;
    private SiteRebuilder rebuilder;
    private Path out;

    private static String report(int n, String extra, String body) {
        return "---\ntitle: 报告" + n + "\ndate: 2013-0" + (1 + n % 9) + "-10\nyear: 2013\nperiod: 上半年\ncategory: 半年总结"
                + "\ndepartment: 测试县教育局\n" + extra + "---\n" + body;
    }

    private static String path(int n) {
        return "content/reports/r" + n + ".md";
    }

    @BeforeEach
    void buildOnce() {
        site = TestSite.of("-- content/site.yaml --\ntitle: 测试站\nbureau: 测试县教育局\nbase_url: https://x.example/\n");
        for (int n = 0; n < 8; n++) {
            site.file(path(n), report(n, "", "2013年上半年，第" + n + "篇开头。\n\n## 一、主要工作\n\n正文。\n"));
        }
        out = site.root().resolve("preview-out/site");
        rebuilder = new SiteRebuilder(new BuildOptions(site.root(), out, true, "", false),
                BuildListener.SILENT);
        assertThat(rebuilder.buildAll(List.of()).failed()).isFalse();
    }

    private Rebuild change(int n, String text) {
        site.file(path(n), text);
        Rebuild rebuild = rebuilder.rebuild(new ChangeSet(false, Set.of(site.root().resolve(path(n))), List.of(path(n))));
        assertThat(rebuild.full()).isFalse();
        assertThat(rebuild.failed()).isFalse();
        return rebuild;
    }

    private String listedSummary(int n) throws IOException {
        var list = Jsoup.parse(out.resolve("reports/index.html").toFile(), "UTF-8");
        return list.select(".entry:has(a[href$=reports/r" + n + "/]) .entry-summary").text();
    }

    @Test
    void editedOpeningReachesTheListsAndTheFeed() throws IOException {
        assertThat(listedSummary(3)).isEqualTo("2013年上半年，第3篇开头。");

        change(3, report(3, "", "2013年5月，改写后的开头。\n\n## 一、主要工作\n\n正文。\n"));

        assertThat(listedSummary(3)).isEqualTo("2013年5月，改写后的开头。");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("<summary>2013年5月，改写后的开头。</summary>");
        assertSameAsFullBuild();
    }

    @Test
    void editBelowTheOpeningRewritesOnlyThatReport() {
        Rebuild rebuild = change(3, report(3, "", "2013年上半年，第3篇开头。\n\n## 一、主要工作\n\n改过的正文。\n"));

        assertThat(rebuild.pages()).isEqualTo(1);
        assertSameAsFullBuild();
    }

    @Test
    void anAddedSummaryWinsAndARemovedOneGivesTheOpeningBack() throws IOException {
        String body = "2013年上半年，第3篇开头。\n\n## 一、主要工作\n\n正文。\n";
        change(3, report(3, "summary: 作者的摘要。\n", body));
        assertThat(listedSummary(3)).isEqualTo("作者的摘要。");
        assertSameAsFullBuild();

        change(3, report(3, "", body));
        assertThat(listedSummary(3)).isEqualTo("2013年上半年，第3篇开头。");
        assertSameAsFullBuild();
    }

    private void assertSameAsFullBuild() {
        Path fresh = site.root().resolve("full-" + System.nanoTime() + "/site");
        BuiltSite full = site.build(new BuildOptions(site.root(), fresh, true, "", false));
        List<String> files = files(out);
        assertThat(files).isEqualTo(full.files());
        for (String file : files) {
            assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(fresh.resolve(file));
        }
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
