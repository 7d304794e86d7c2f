package org.gongkai.load.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.testing.DataRows.FEE;
import static org.gongkai.testing.DataRows.FEES_HEADER;
import static org.gongkai.testing.DataRows.file;
import static org.gongkai.testing.DataRows.with;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SitePaths;
import org.gongkai.model.Contacts;
import org.gongkai.model.Datasets;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.testing.TestSite;

/**
 * Rows are checked in chunks on the fork-join pool while the file is read; what is loaded and reported must not
 * depend on it: the same records, the same problems, and with a cap on problems the same first ones, as when the
 * rows are read one after the other.
 */
class DataLoaderParallelTest {

    private static final String[] ITEMS = {"学费", "住宿费", "课本费", "作业本费", "保险费", "军训费"};

    /** 3,500 rows (several chunks): at most one problem a row, some of them the same item as a row chunks before. */
    private static TestSite site() {
        List<String> fees = new ArrayList<>();
        fees.add(FEES_HEADER);
        for (int i = 0; i < 3500; i++) {
            String school = "测试县第" + (i / ITEMS.length) + "中学";
            String row = with(with(with(FEE, 1, school), 3, "2012-2013"), 5, ITEMS[i % ITEMS.length]);
            if (i % 97 == 96) {
                row = with(row, 7, "二百元"); // an error
            } else if (i % 89 == 88) {
                row = with(with(row, 1, "测试县第" + (i / ITEMS.length - 200) + "中学"), 5, ITEMS[i % ITEMS.length]); // twice
            } else if (i % 131 == 130) {
                row = with(row, 7, "240"); // a warning
            }
            fees.add(row);
        }
        return TestSite.withConfig(file("fees.csv", fees.toArray(String[]::new)));
    }

    private record Loaded(Datasets data, List<Problem> problems, int total) {
    }

    private static Loaded load(TestSite site, int threads, int cap) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                Problems problems = new Problems(cap);
                Datasets data = new DataLoader(new SitePaths(site.root())).load(Contacts.NONE, problems);
                return new Loaded(data, problems.list(), problems.totalCount());
            }).join();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneThreadAndManyLoadTheSameRowsAndReportTheSameProblems() {
        TestSite site = site();
        Loaded serial = load(site, 1, 10_000);
        Loaded parallel = load(site, 4, 10_000);

        assertThat(serial.problems()).isNotEmpty().anyMatch(p -> p.message().contains("is given twice (also on line"));
        assertThat(parallel.problems()).isEqualTo(serial.problems());
        assertThat(parallel.total()).isEqualTo(serial.total());
        assertThat(parallel.data()).isEqualTo(serial.data());
        assertThat(serial.data().fees()).hasSize(3500 - (int) serial.problems().stream().filter(Problem::isError).count());
    }

    @Test
    void withACapTheFirstProblemsOfTheFileAreKept() {
        TestSite site = site();
        List<Problem> all = load(site, 1, 10_000).problems();
        for (int threads : new int[] {1, 4}) {
            Loaded capped = load(site, threads, 20);
            assertThat(capped.problems()).isEqualTo(all.subList(0, 20));
            assertThat(capped.total()).isEqualTo(all.size());
        }
    }
}
