package org.gongkai.render.data;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.render.PageSink;
import org.gongkai.render.ReportIndex;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Templates;
import org.gongkai.render.Theme;
import org.gongkai.render.WrittenPage;
import org.gongkai.testing.BuiltSite;
import org.gongkai.testing.TestSite;

/**
 * The data pages and downloads are written by several threads at once (tasks of a
 * {@link org.gongkai.work.BuildWork}, on the fork-join pool of the caller); what they write must not depend on it:
 * one thread and many give the same files, byte for byte, and so do two builds.
 */
class DataPagesParallelTest {

    @TempDir
    Path temp;

    /** Two school years, one too large for one page (so schools get their pages), with changed and new items. */
    private static TestSite site() {
        List<String> fees = new ArrayList<>();
        fees.add(FEES_HEADER);
        for (int s = 0; s < 80; s++) {
            String school = "测试县第" + s + "中学";
            for (String year : List.of("2011-2012", "2012-2013")) {
                int start = Integer.parseInt(year.substring(0, 4));
                for (String item : List.of("学费", "住宿费", "课本费", "作业本费", "保险费", "军训费")) {
                    if (year.startsWith("2011") && item.equals("军训费")) {
                        continue; // new in 2012-2013
                    }
                    String amount = year.startsWith("2012") && s % 3 == 0 ? "260.00" : "240.00";
                    fees.add(with(with(with(with(with(with(FEE, 1, school), 3, year), 5, item), 7, amount), 11,
                            start + "-09-01"), 12, (start + 1) + "-08-31"));
                }
            }
        }
        return TestSite.withConfig(file("fees.csv", fees.toArray(String[]::new)) + file("projects.csv", PROJECTS_HEADER, PROJECT)
                + file("aid.csv", AID_HEADER, AID) + """
                -- content/reports/2012-report.md --
                ---
                title: 杜集区教育局2012年工作总结
                date: 2012-12-30
                year: 2012
                period: 全年
                category: 年度总结
                department: 淮北市杜集区教育局
                ---
                正文。
                """);
    }

    @Test
    void oneThreadAndManyWriteTheSameFiles() {
        TestSite source = site();
        Problems problems = new Problems();
        Site site = new SiteLoader(new SitePaths(source.root())).load(false, problems).orElseThrow();
        Templates templates = Templates.compile(Theme.locate(source.root(), "default", problems).orElseThrow(), problems);
        assertThat(problems.list()).isEmpty();
        ReportIndex index = new ReportIndex(site.reports());

        MemorySink serial = new MemorySink();
        Set<String> serialThreads = ConcurrentHashMap.newKeySet();
        List<WrittenPage> serialPages = inPool(1, () -> new DataPages(templates)
                .render(site, index, SiteRenderer.sections(site), serial.recordingThreads(serialThreads)));
        MemorySink parallel = new MemorySink();
        Set<String> parallelThreads = ConcurrentHashMap.newKeySet();
        List<WrittenPage> parallelPages = inPool(8, () -> new DataPages(templates)
                .render(site, index, SiteRenderer.sections(site), parallel.recordingThreads(parallelThreads)));

        assertThat(serialThreads).hasSize(1);
        assertThat(parallelThreads).hasSizeGreaterThan(1);
        assertThat(serial.files.keySet()).contains("fees/fees.xlsx", "fees/2012-2013/index.html", "years/2012/index.html")
                .anyMatch(path -> path.startsWith("fees/schools/"));
        assertThat(parallel.files.keySet()).containsExactlyElementsOf(serial.files.keySet());
        serial.files.forEach((path, bytes) -> assertThat(parallel.files.get(path)).as(path).isEqualTo(bytes));
        assertThat(parallelPages).isEqualTo(serialPages);
        assertThat(serialPages).isSortedAccordingTo(java.util.Comparator.comparing(WrittenPage::path));
    }

    @Test
    void twoBuildsGiveTheSameSiteByteForByte() {
        TestSite source = site();
        BuiltSite first = source.build(source.options().withOut(temp.resolve("one")));
        BuiltSite second = source.build(source.options().withOut(temp.resolve("two")));

        assertThat(second.files()).containsExactlyElementsOf(first.files());
        for (String path : first.files()) {
            assertThat(second.bytes(path)).as(path).isEqualTo(first.bytes(path));
        }
    }

    /** Runs {@code work} on a fork-join pool of that many threads: the data pages' parallel streams use it. */
    private static <T> T inPool(int threads, java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } catch (java.util.concurrent.ExecutionException e) {
            // the pool hands back a copy of what was thrown in another thread, with the original as its cause
            Throwable thrown = e.getCause();
            while (thrown.getCause() != null && thrown.getCause().getClass() == thrown.getClass()) {
                thrown = thrown.getCause();
            }
            throw thrown instanceof RuntimeException runtime ? runtime : new IllegalStateException(thrown);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Files in memory, as the staging folder would hold them. */
    private static final class MemorySink implements PageSink {

        final Map<String, byte[]> files = new TreeMap<>();
        private final Map<String, byte[]> written = new ConcurrentHashMap<>();
        private Set<String> threads = ConcurrentHashMap.newKeySet();

        /** Notes the name of every thread that writes a file into {@code names}. */
        MemorySink recordingThreads(Set<String> names) {
            threads = names;
            return this;
        }

        @Override
        public void write(String path, byte[] content) {
            threads.add(Thread.currentThread().getName());
            assertThat(written.put(path, content)).as("written twice: " + path).isNull();
            synchronized (files) {
                files.put(path, content);
            }
        }

        @Override
        public void copy(Path source, String path) {
            throw new UnsupportedOperationException(path);
        }
    }
}
