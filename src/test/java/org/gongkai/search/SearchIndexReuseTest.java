package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gongkai.render.PageSink;
import org.gongkai.work.BuildWork;

/**
 * An index that takes the unchanged documents' postings from the published one writes exactly the files of a clean
 * index of the same documents (issue 17): random documents written as a clean index, then edited at random (text,
 * title, date and so the order, added, removed, table rows that share their address), compared file by file, byte
 * for byte. A published index that cannot be used gives the clean bytes too, by counting everything.
 */
class SearchIndexReuseTest {

    /** Enough characters that a long document has thousands of distinct pairs, so the shard count changes. */
    private static final String ALPHABET = "校安工程免收住宿费学生资助教育局县年度总结半工作汇报要点计划专项财政预决算督导规范性文件建设项目机构职能"
            + "招生录取师队伍〔〕号0123456789ABCabc１２Ａ，。、 **[]()\n#|-";
    private static final String ROWS = "fees/2012-2013/";

    @TempDir
    Path dir;

    @Test
    void randomEditsGiveTheCleanIndexBytes() {
        Random random = new Random(17);
        int bitsUp = 0;
        int bitsDown = 0;
        for (int trial = 0; trial < 120; trial++) {
            Path published = dir.resolve("t" + trial);
            List<SearchDoc> before = documents(random, trial);
            Map<String, byte[]> first = write(SearchIndex.of(before), published);
            Set<String> changed = new TreeSet<>();
            List<SearchDoc> after = edit(random, before, changed);
            SearchIndex reusing = SearchIndex.reusing(new BuildWork(), after, published, changed);
            assertThat(reusing.reused()).as("trial %d takes the published postings", trial).isTrue();
            assertSameFiles(write(reusing, null), write(SearchIndex.of(after), null), "trial " + trial);
            int bits = bits(first);
            int bitsNow = reusing.bits();
            bitsUp += bitsNow > bits ? 1 : 0;
            bitsDown += bitsNow < bits ? 1 : 0;
        }
        assertThat(bitsUp).as("trials whose edits add a shard bit").isPositive();
        assertThat(bitsDown).as("trials whose edits remove a shard bit").isPositive();
    }

    /**
     * Edits that keep every document's id (a report's text grown, the oldest document removed, an older one added):
     * the clean bytes again, and exactly the shards whose bytes stay are carried over from the published index.
     */
    @Test
    void editsThatKeepTheIdsCarryEveryShardTheyDoNotChange() {
        Random random = new Random(23);
        int carrying = 0;
        for (int trial = 0; trial < 40; trial++) {
            Path published = dir.resolve("kept" + trial);
            List<SearchDoc> before = documents(random, 4 * trial);
            Map<String, byte[]> first = write(SearchIndex.of(before), published);
            List<SearchDoc> after = new ArrayList<>(before);
            Set<String> changed = new TreeSet<>();
            int at = random.nextInt(after.size());
            SearchDoc doc = after.get(at);
            switch (trial % 3) {
                case 0 -> after.remove(after.size() - 1);
                case 1 -> after.add(new SearchDoc("reports/old/", "旧报告", Optional.of(LocalDate.of(2011, 1, 1)), 2011,
                        "宿松县教育局", "年度总结", () -> "摘要", text(random, 200), "", false));
                default -> {
                    if (!doc.row()) {
                        after.set(at, with(doc, doc.title(), doc.date(), doc.text() + "校安工程验收完成。", doc.extra()));
                        changed.add(doc.path());
                    }
                }
            }
            Set<String> carried = ConcurrentHashMap.newKeySet();
            SearchIndex reusing = SearchIndex.reusing(new BuildWork(), after, published, changed);
            Map<String, byte[]> files = write(reusing, null, carried);
            assertSameFiles(files, write(SearchIndex.of(after), null), "trial " + trial);
            if (reusing.bits() != bits(first)) {
                continue; // another shard count: every shard is written
            }
            for (String path : files.keySet()) {
                if (path.startsWith("search/s/")) {
                    assertThat(carried.contains(path)).as("trial %d: %s carried", trial, path)
                            .isEqualTo(java.util.Arrays.equals(files.get(path), first.get(path)));
                }
            }
            carrying += carried.isEmpty() ? 0 : 1;
        }
        assertThat(carrying).as("trials that carry a shard").isPositive();
    }

    /** Four new characters in one of 300 long documents: seven tokens, so at most seven of the many shards are written. */
    @Test
    void aFewWordsAddedWriteOnlyTheirShards() {
        Random random = new Random(31);
        List<SearchDoc> before = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            before.add(report(random, "reports/r" + i + "/", 12000));
        }
        before.sort(SearchDocs.ORDER);
        Path published = dir.resolve("many");
        Map<String, byte[]> first = write(SearchIndex.of(before), published);
        List<SearchDoc> after = new ArrayList<>(before);
        SearchDoc doc = after.get(150);
        after.set(150, with(doc, doc.title(), doc.date(), doc.text() + " 鹤鸣湖畔", doc.extra()));
        Set<String> carried = ConcurrentHashMap.newKeySet();
        SearchIndex reusing = SearchIndex.reusing(new BuildWork(), after, published, Set.of(doc.path()));
        assertSameFiles(write(reusing, null, carried), write(SearchIndex.of(after), null), "four characters added");
        long shards = first.keySet().stream().filter(p -> p.startsWith("search/s/")).count();
        assertThat(shards).isGreaterThanOrEqualTo(32);
        assertThat(carried).hasSizeGreaterThanOrEqualTo((int) shards - 7).allMatch(p -> p.startsWith("search/s/"));
    }

    @Test
    void nothingChangedGivesThePublishedBytesAgain() {
        List<SearchDoc> docs = documents(new Random(3), 7);
        Path published = dir.resolve("site");
        Map<String, byte[]> first = write(SearchIndex.of(docs), published);
        SearchIndex again = SearchIndex.reusing(new BuildWork(), docs, published, Set.of());
        assertThat(again.reused()).isTrue();
        assertSameFiles(write(again, null), first, "unchanged");
    }

    @Test
    void aMissingOrDamagedPublishedIndexFallsBackToCountingEverything() throws IOException {
        Random random = new Random(5);
        List<SearchDoc> before = documents(random, 12);
        Set<String> changed = new TreeSet<>();
        List<SearchDoc> after = edit(random, before, changed);
        Map<String, byte[]> clean = write(SearchIndex.of(after), null);
        Map<String, Consumer<Path>> damages = new TreeMap<>();
        damages.put("no search folder", search -> delete(search));
        damages.put("no meta.js", search -> delete(search.resolve("meta.js")));
        damages.put("meta.js of another format", search -> replace(search.resolve("meta.js"), "{\"bits\":0}"));
        damages.put("meta.js says another shard count", search -> edit(search.resolve("meta.js"), t -> t.replace("\"bits\":" + bitsOf(search), "\"bits\":" + (bitsOf(search) + 1))));
        damages.put("meta.js says more documents", search -> edit(search.resolve("meta.js"), t -> t.replaceFirst("\"docs\":(\\d+)", "\"docs\":1$1")));
        damages.put("a shard missing", search -> delete(search.resolve("s/0.js")));
        damages.put("a shard cut short", search -> cut(search.resolve("s/0.js"), 40));
        damages.put("a shard with a byte that is no digit", search -> poke(search.resolve("s/0.js"), 30, (byte) '"'));
        damages.put("a shard that is not UTF-8", search -> poke(search.resolve("s/0.js"), 27, (byte) 0xFF));
        damages.put("a document file missing", search -> delete(search.resolve("d/0.js")));
        damages.put("a document file cut short", search -> cut(search.resolve("d/0.js"), 10));
        damages.put("a document file of other rows", search -> replace(search.resolve("d/0.js"), "gongkaiSearch.docs(0,[]);\n"));
        for (var damage : damages.entrySet()) {
            Path published = dir.resolve(damage.getKey().replace(' ', '-').replace('\'', '-'));
            write(SearchIndex.of(before), published);
            damage.getValue().accept(published.resolve(SearchIndex.DIR));
            SearchIndex reusing = SearchIndex.reusing(new BuildWork(), after, published, changed);
            assertThat(reusing.reused()).as(damage.getKey()).isFalse();
            assertSameFiles(write(reusing, null), clean, damage.getKey());
        }
    }

    /** Reports with unique addresses and, sometimes, table rows sharing one address (some with the same title). */
    static List<SearchDoc> documents(Random random, int trial) {
        List<SearchDoc> docs = new ArrayList<>();
        // every fourth trial has long documents, enough postings for several shards
        int count = trial % 4 == 0 ? 8 + random.nextInt(30) : random.nextInt(25);
        for (int i = 0; i < count; i++) {
            docs.add(report(random, "reports/r" + i + "/", trial % 4 == 0 ? 6000 : 300));
        }
        int rows = random.nextInt(6);
        for (int i = 0; i < rows; i++) {
            docs.add(row(random, "宿松中学" + random.nextInt(3)));
        }
        docs.sort(SearchDocs.ORDER);
        return docs;
    }

    static SearchDoc report(Random random, String path, int length) {
        String text = text(random, random.nextInt(length));
        return new SearchDoc(path, text(random, 3 + random.nextInt(10)).replace('\n', ' '), Optional.of(date(random)), 2012,
                "宿松县教育局", "年度总结", () -> "摘要", text, text(random, 10), false);
    }

    private static SearchDoc row(Random random, String title) {
        String cells = text(random, 20);
        return new SearchDoc(ROWS, title, Optional.of(date(random)), 2012, "宿松县教育局", SearchDocs.FEES, () -> cells, "",
                cells, true);
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2012, 1, 1).plusDays(random.nextInt(40));
    }

    static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /**
     * Random edits as a build sees them: a report's text, title or date changed (named in {@code changed}), reports
     * added (not named) and removed, rows added and their cells changed (named or not), a report named that did not
     * change.
     */
    static List<SearchDoc> edit(Random random, List<SearchDoc> docs, Set<String> changed) {
        List<SearchDoc> out = new ArrayList<>(docs);
        int edits = random.nextInt(6);
        int length = docs.stream().mapToInt(d -> d.text().length()).max().orElse(300) + 1;
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(7);
            int at = out.isEmpty() ? -1 : random.nextInt(out.size());
            if (kind == 0 || at < 0) {
                // added, sometimes many at once so that the shard count grows
                int added = length > 1000 && random.nextBoolean() ? 10 : 1;
                for (int i = 0; i < added; i++) {
                    out.add(report(random, "reports/new" + e + "-" + i + "-" + random.nextInt(1000) + "/", length));
                }
                continue;
            }
            SearchDoc doc = out.get(at);
            switch (kind) {
                case 1 -> {
                    // removed, sometimes half of them so that the shard count shrinks
                    if (random.nextInt(4) == 0) {
                        out.removeIf(d -> random.nextBoolean());
                    } else {
                        out.remove(at);
                    }
                }
                case 2 -> {
                    // a row's cells changed: known by its content, its address need not be named
                    String text = text(random, doc.row() ? 20 : random.nextInt(length));
                    out.set(at, with(doc, doc.title(), doc.date(), doc.row() ? "" : text, doc.row() ? text : doc.extra()));
                    if (!doc.row() || random.nextBoolean()) {
                        changed.add(doc.path());
                    }
                }
                case 3 -> {
                    out.set(at, with(doc, doc.title() + "（修订）", doc.date(), doc.text(), doc.extra()));
                    changed.add(doc.path());
                }
                case 4 -> {
                    // a new date moves it in the order; named or not, the date tells it apart
                    out.set(at, with(doc, doc.title(), Optional.of(date(random)), doc.text(), doc.extra()));
                    if (random.nextBoolean()) {
                        changed.add(doc.path());
                    }
                }
                case 5 -> changed.add(doc.path());
                default -> out.add(row(random, "宿松中学" + random.nextInt(3)));
            }
        }
        out.sort(SearchDocs.ORDER);
        return out;
    }

    static SearchDoc with(SearchDoc doc, String title, Optional<LocalDate> date, String text, String extra) {
        return new SearchDoc(doc.path(), title, date, doc.year(), doc.department(), doc.category(),
                doc.row() ? () -> extra : doc.excerpt(), text, extra, doc.row());
    }

    /** Writes the index's files into {@code site} (when not null) and returns them by path. */
    static Map<String, byte[]> write(SearchIndex index, Path site) {
        return write(index, site, ConcurrentHashMap.newKeySet());
    }

    /** As {@link #write(SearchIndex, Path)}, adding the files carried over from the published index to {@code carried}. */
    static Map<String, byte[]> write(SearchIndex index, Path site, Set<String> carried) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        index.write(new PageSink() {
            @Override
            public void write(String path, byte[] content) {
                files.put(path, content);
                if (site != null) {
                    try {
                        Files.createDirectories(site.resolve(path).getParent());
                        Files.write(site.resolve(path), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void copy(Path source, String path) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean carry(Path published, String path) {
                try {
                    write(path, Files.readAllBytes(published));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                carried.add(path);
                return false;
            }
        });
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected, String what) {
        assertThat(new TreeSet<>(actual.keySet())).as(what).isEqualTo(new TreeSet<>(expected.keySet()));
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(what + ": " + path + " " + firstDifference(actual.get(path), bytes))
                .isEqualTo(bytes));
    }

    /** Where the files first differ, with some text around it (a shard is too long to print whole). */
    private static String firstDifference(byte[] actual, byte[] expected) {
        int at = java.util.Arrays.mismatch(actual, expected);
        if (at < 0) {
            return "";
        }
        String a = new String(actual, StandardCharsets.UTF_8);
        String e = new String(expected, StandardCharsets.UTF_8);
        int from = Math.max(0, new String(java.util.Arrays.copyOf(expected, Math.min(at, expected.length)), StandardCharsets.UTF_8).length() - 40);
        return "differs at byte " + at + ": expected …" + e.substring(from, Math.min(e.length(), from + 80)) + "… but was …"
                + a.substring(Math.min(from, a.length()), Math.min(a.length(), from + 80)) + "…";
    }

    private static int bits(Map<String, byte[]> files) {
        return Integer.numberOfTrailingZeros((int) files.keySet().stream().filter(p -> p.startsWith("search/s/")).count());
    }

    private static int bitsOf(Path search) {
        try (var shards = Files.list(search.resolve("s"))) {
            return Integer.numberOfTrailingZeros((int) shards.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            String text = Files.readString(file);
            String changed = change.apply(text);
            assertThat(changed).as("the damage applies").isNotEqualTo(text);
            Files.writeString(file, changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cut(Path file, int keep) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes.length).isGreaterThan(keep);
            Files.write(file, java.util.Arrays.copyOf(bytes, keep));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void poke(Path file, int at, byte value) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            bytes[at] = value;
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
