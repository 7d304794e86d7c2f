package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.AID;
import static org.gongkai.testing.DataRows.AID_HEADER;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.PROJECT;
import static org.gongkai.testing.DataRows.PROJECTS_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.render.NavSection;
import org.gongkai.render.PageSink;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Summaries;
import org.gongkai.render.Templates;
import org.gongkai.render.Theme;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;
import org.gongkai.work.BuildWork;

/**
 * On a built site (reports, a free page, the data pages and table rows, whose addresses repeat): after edits of its
 * sources, an index that takes the postings of the published {@code site/search/} writes what a clean one writes.
 */
class SearchIndexReuseSiteTest {

    private static String report(String slug, String date, String title, String body) {
        return "-- content/reports/" + slug + ".md --\n---\ntitle: " + title + "\ndate: " + date + "\nyear: "
                + date.substring(0, 4) + "\nperiod: 全年\ncategory: 年度总结\ndepartment: 宿松县教育局\n---\n" + body + "\n";
    }

    @Test
    void editedSourcesGiveTheCleanIndexOfThePublishedSite() {
        String fee2 = with(with(with(FEE, 5, "作业本费"), 7, "0.00"), 9, "免收");
        TestSite site = TestSite.withConfig(report("r2011", "2011-12-30", "宿松县教育局2011年工作总结", "全县校安工程完成投资 4765 万元。")
                + report("r2012", "2012-12-30", "宿松县教育局2012年校安工程专项总结", "校安工程收尾。校安工程验收。")
                + report("r2013", "2013-12-30", "宿松县教育局2013年工作总结", "校安工程全部完成。")
                + "-- content/pages/guide.md --\n---\ntitle: 信息公开指南\n---\n依申请公开的办理程序。\n"
                + file("fees.csv", FEES_HEADER, FEE, fee2) + file("projects.csv", PROJECTS_HEADER, PROJECT)
                + file("aid.csv", AID_HEADER, AID));
        BuiltSite published = site.build();
        // a report's text and date changed (so it moves), one added, one removed, a fee row's cells changed, a page's title
        site.file("content/reports/r2012.md", report("r2012", "2014-01-05", "宿松县教育局2012年校安工程专项总结", "校舍维修工程。").substring(
                "-- content/reports/r2012.md --\n".length()));
        site.file("content/reports/r2010.md", report("r2010", "2010-12-30", "宿松县教育局2010年工作总结", "学生资助。").substring(
                "-- content/reports/r2010.md --\n".length()));
        site.delete("content/reports/r2011.md");
        site.file("content/data/fees.csv", file("fees.csv", FEES_HEADER, FEE, with(fee2, 18, "本学期暂停收取")).substring(
                "-- content/data/fees.csv --\n".length()));
        site.file("content/pages/guide.md", "---\ntitle: 政府信息公开指南\n---\n依申请公开的办理程序。\n");

        Problems problems = new Problems();
        Site edited = new SiteLoader(new SitePaths(site.root())).load(false, problems).orElseThrow();
        assertThat(problems.list()).noneMatch(p -> p.isError());
        Theme theme = Theme.builtIn();
        Summaries summaries = new SiteRenderer(theme, Templates.compile(theme, problems), new MarkdownRenderer()).summaries();
        var sections = SiteRenderer.sections(edited);
        SearchIndex reusing = SearchIndex.start(new BuildWork(), edited, sections, summaries, published.dir(),
                Set.of("reports/r2012/", "pages/guide/"));
        assertThat(reusing.reused()).isTrue();
        Map<String, String> clean = files(SearchIndex.start(new BuildWork(), edited, sections, summaries));
        assertThat(files(reusing)).isEqualTo(clean);
        assertThat(clean.get("search/d/0.js")).contains("本学期暂停收取", "reports/r2010/").doesNotContain("reports/r2011/");
    }

    /** A report edited in place: a word added is written, punctuation added (no token) leaves the shard carried. */
    @Test
    void aReportEditedInPlaceCarriesTheShardsItsWordsLeave() {
        TestSite site = TestSite.withConfig(report("r2012", "2012-12-30", "宿松县教育局2012年工作总结", "校安工程收尾。")
                + report("r2013", "2013-12-30", "宿松县教育局2013年工作总结", "校安工程全部完成。")
                + file("fees.csv", FEES_HEADER, FEE));
        BuiltSite published = site.build();
        for (String body : new String[] {"校安工程收尾，验收。", "校安工程收尾。！"}) {
            site.file("content/reports/r2012.md", report("r2012", "2012-12-30", "宿松县教育局2012年工作总结", body).substring(
                    "-- content/reports/r2012.md --\n".length()));
            Problems problems = new Problems();
            Site edited = new SiteLoader(new SitePaths(site.root())).load(false, problems).orElseThrow();
            Theme theme = Theme.builtIn();
            Summaries summaries = new SiteRenderer(theme, Templates.compile(theme, problems), new MarkdownRenderer()).summaries();
            var sections = SiteRenderer.sections(edited);
            java.util.Set<String> carried = java.util.concurrent.ConcurrentHashMap.newKeySet();
            SearchIndex reusing = SearchIndex.start(new BuildWork(), edited, sections, summaries, published.dir(), Set.of("reports/r2012/"));
            assertThat(files(reusing, carried)).as(body).isEqualTo(files(SearchIndex.start(new BuildWork(), edited, sections, summaries)));
            assertThat(carried).as(body).isEqualTo(body.contains("验收") ? Set.of() : Set.of("search/s/0.js"));
        }
    }

    /**
     * The preview's documents after a report edit, the rows' taken from the last build's (the same tables): the list a
     * fresh one is, in its order: a report sharing its date with fee rows, rows repeating an address among them.
     */
    @Test
    void theRowsTakenFromTheLastBuildMergeIntoTheOrderOfAFreshList() {
        String fee2 = with(with(FEE, 5, "作业本费"), 7, "0.00");
        TestSite site = TestSite.withConfig(report("r2012a", "2012-09-01", "宿松县教育局2012年秋季开学工作", "校安工程。")
                + report("r2012", "2012-12-30", "宿松县教育局2012年工作总结", "收尾。")
                + file("fees.csv", FEES_HEADER, FEE, fee2) + file("projects.csv", PROJECTS_HEADER, PROJECT)
                + file("aid.csv", AID_HEADER, AID));
        Problems problems = new Problems();
        Site loaded = new SiteLoader(new SitePaths(site.root())).load(false, problems).orElseThrow();
        assertThat(problems.list()).noneMatch(p -> p.isError());
        Theme theme = Theme.builtIn();
        Summaries summaries = new SiteRenderer(theme, Templates.compile(theme, problems), new MarkdownRenderer()).summaries();
        var sections = SiteRenderer.sections(loaded);
        List<SearchDoc> fresh = SearchDocs.of(loaded, sections, summaries);
        List<SearchDoc> rows = SearchDocs.rows(fresh);
        assertThat(rows).hasSize(4);
        assertThat(fresh).anyMatch(d -> !d.row() && d.date().equals(rows.get(2).date()));

        List<SearchDoc> merged = SearchDocs.of(loaded, sections, summaries, Optional.of(rows));

        assertThat(merged).extracting(SearchDoc::path, SearchDoc::title, SearchDoc::date, SearchDoc::extra, SearchDoc::row)
                .containsExactlyElementsOf(fresh.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.path(), d.title(),
                        d.date(), d.extra(), d.row())).toList());
        assertThat(merged.stream().filter(SearchDoc::row).toList()).allMatch(d -> rows.stream().anyMatch(r -> r == d));
    }

    private static Map<String, String> files(SearchIndex index) {
        return files(index, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private static Map<String, String> files(SearchIndex index, Set<String> carried) {
        Map<String, String> files = new java.util.concurrent.ConcurrentHashMap<>();
        index.write(new PageSink() {
            @Override
            public void write(String path, byte[] content) {
                files.put(path, new String(content, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void copy(Path source, String path) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean carry(Path published, String path) {
                try {
                    write(path, java.nio.file.Files.readAllBytes(published));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                carried.add(path);
                return false;
            }
        });
        return new TreeMap<>(files);
    }
}
