package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.render.PageSink;
import org.gongkai.work.BuildWork;

/**
 * The preview's index built from what it remembers of the published one ({@link SearchMemory}) writes the files of
 * a clean index, byte for byte; when the documents keep their ids it reads no published file it does not change.
 */
class SearchMemoryTest {

    @TempDir
    Path dir;

    @Test
    void randomEditsGiveTheCleanIndexBytes() {
        Random random = new Random(41);
        for (int trial = 0; trial < 80; trial++) {
            Path published = dir.resolve("t" + trial);
            List<SearchDoc> before = SearchIndexReuseTest.documents(random, trial);
            SearchIndex first = SearchIndex.of(before);
            SearchIndexReuseTest.write(first, published);
            Set<String> changed = new TreeSet<>();
            List<SearchDoc> after = SearchIndexReuseTest.edit(random, before, changed);
            SearchIndex remembering = SearchIndex.remembering(new BuildWork(), after, published, changed, first.memory());
            SearchIndexReuseTest.assertSameFiles(SearchIndexReuseTest.write(remembering, null),
                    SearchIndexReuseTest.write(SearchIndex.of(after), null), "trial " + trial);
        }
    }

    /**
     * One report's text edited in each of many long documents' indexes: the shard and document files that keep their
     * bytes are carried, and are deleted from the published folder beforehand to show that none of them is read.
     */
    @Test
    void anEditInPlaceReadsAndWritesOnlyTheFilesItChanges() throws IOException {
        Random random = new Random(43);
        int written = 0;
        for (int trial = 0; trial < 12; trial++) {
            List<SearchDoc> before = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                before.add(SearchIndexReuseTest.report(random, "reports/r" + i + "/", 6000));
            }
            before.sort(SearchDocs.ORDER);
            Path published = dir.resolve("edit" + trial);
            SearchIndex first = SearchIndex.of(before);
            Map<String, byte[]> published0 = SearchIndexReuseTest.write(first, published);
            List<SearchDoc> after = new ArrayList<>(before);
            int at = random.nextInt(after.size());
            SearchDoc doc = after.get(at);
            after.set(at, SearchIndexReuseTest.with(doc, doc.title(), doc.date(),
                    doc.text() + SearchIndexReuseTest.text(random, 1 + random.nextInt(40)), doc.extra()));
            Map<String, byte[]> clean = SearchIndexReuseTest.write(SearchIndex.of(after), null);
            Set<String> same = new TreeSet<>();
            for (String path : clean.keySet()) {
                if (!path.equals("search/meta.js") && Arrays.equals(clean.get(path), published0.get(path))) {
                    same.add(path);
                    Files.delete(published.resolve(path));
                }
            }
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            Set<String> carried = ConcurrentHashMap.newKeySet();
            SearchIndex.remembering(new BuildWork(), after, published, Set.of(doc.path()), first.memory())
                    .write(recording(files, carried));
            assertThat(carried).as("trial %d: the files carried", trial).isEqualTo(same);
            clean.keySet().removeAll(same);
            SearchIndexReuseTest.assertSameFiles(files, clean, "trial " + trial);
            written += files.size();
        }
        assertThat(written).as("files written in all trials").isPositive();
    }

    /** Records what is written and carried; a carried file is not read. */
    private static PageSink recording(Map<String, byte[]> files, Set<String> carried) {
        return new PageSink() {
            @Override
            public void write(String path, byte[] content) {
                files.put(path, content);
            }

            @Override
            public void copy(Path source, String path) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean carry(Path published, String path) {
                carried.add(path);
                return true;
            }
        };
    }
}
