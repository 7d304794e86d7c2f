package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.markdown.MarkdownRenderer;
import org.gongkai.model.Site;
import org.gongkai.problem.Problems;
import org.gongkai.render.PageSink;
import org.gongkai.render.SiteRenderer;
import org.gongkai.render.Summaries;
import org.gongkai.render.Templates;
import org.gongkai.render.Theme;
import org.gongkai.work.BuildWork;

/**
 * The shards hold exactly what a plain index would: for every token (every character and pair of neighbouring
 * characters, as substrings) the documents holding it, with the count and whether it is in the title, built with
 * strings and maps. Checked on the demo site and on random documents (which also fill the primitive tables past
 * their growth points).
 */
class SearchShardsEquivalenceTest {

    @Test
    void theDemoSitesShardsHoldThePlainIndex() {
        Problems problems = new Problems();
        Site site = new SiteLoader(new SitePaths(Path.of("."))).load(false, problems).orElseThrow();
        Theme theme = Theme.builtIn();
        Summaries summaries = new SiteRenderer(theme, Templates.compile(theme, problems), new MarkdownRenderer()).summaries();
        SearchIndex index = SearchIndex.start(new BuildWork(), site, SiteRenderer.sections(site), summaries);
        assertEquivalent(index.docs(), index);
    }

    @Test
    void randomDocumentsShardsHoldThePlainIndex() {
        Random random = new Random(16);
        String alphabet = "校安工程免收住宿费学生资助〔〕号0123456789ABCabc１２Ａ，。、 **[]()\n#|-";
        List<SearchDoc> docs = new java.util.ArrayList<>();
        for (int d = 0; d < 400; d++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(d % 50 == 0 ? 20_000 : 600);
            for (int i = 0; i < length; i++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String title = body.substring(0, Math.min(12, body.length()));
            docs.add(new SearchDoc("p" + d + "/", title, Optional.empty(), 0, "", "网页", () -> "", body.toString(), "校安 " + d, false));
        }
        SearchIndex index = SearchIndex.of(docs);
        assertEquivalent(docs, index);
    }

    private static void assertEquivalent(List<SearchDoc> docs, SearchIndex index) {
        Map<String, String> files = new ConcurrentHashMap<>();
        index.write(new PageSink() {
            @Override
            public void write(String path, byte[] content) {
                files.put(path, new String(content, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void copy(Path source, String path) {
                throw new UnsupportedOperationException();
            }
        });
        IndexFiles read = new IndexFiles(files);
        assertThat(read.paths).hasSize(docs.size());
        Map<String, TreeMap<Integer, Integer>> plain = plain(docs);
        assertThat(read.postings.keySet()).isEqualTo(plain.keySet());
        plain.forEach((token, postings) -> assertThat(read.postings.get(token)).as(token).isEqualTo(postings));
    }

    /** token → doc → count × 2 + (1 when in the title), with strings and boxed maps. */
    private static Map<String, TreeMap<Integer, Integer>> plain(List<SearchDoc> docs) {
        Map<String, TreeMap<Integer, Integer>> index = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc doc = docs.get(id);
            Map<String, int[]> counts = new HashMap<>();
            add(doc.title(), true, counts);
            add(doc.extra(), false, counts);
            add(doc.text().toString().replaceAll("\\]\\([^)\\n]*\\)", "] "), false, counts);
            for (var e : counts.entrySet()) {
                int count = Math.min(e.getValue()[0], TokenCounts.MAX_COUNT);
                index.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(id, count * 2 + e.getValue()[1]);
            }
        }
        return index;
    }

    private static void add(String text, boolean title, Map<String, int[]> counts) {
        StringBuilder folded = new StringBuilder();
        for (char c : text.toCharArray()) {
            folded.append(Tokens.fold(c) == 0 ? ' ' : Tokens.fold(c));
        }
        for (String run : folded.toString().split(" +")) {
            for (int i = 0; i < run.length(); i++) {
                count(run.substring(i, i + 1), title, counts);
                if (i + 1 < run.length()) {
                    count(run.substring(i, i + 2), title, counts);
                }
            }
        }
    }

    private static void count(String token, boolean title, Map<String, int[]> counts) {
        int[] c = counts.computeIfAbsent(token, t -> new int[2]);
        c[0]++;
        c[1] |= title ? 1 : 0;
    }
}
