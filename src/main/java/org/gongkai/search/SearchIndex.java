package org.gongkai.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.gongkai.model.Datasets;
import org.gongkai.model.Site;
import org.gongkai.render.NavSection;
import org.gongkai.render.PageSink;
import org.gongkai.render.Summaries;
import org.gongkai.render.Templates;
import org.gongkai.render.WrittenPage;
import org.gongkai.work.BuildWork;

/**
 * Writes the search index under {@code search/}: {@code meta.js} (the number of shards, each document's year and
 * category for the filters), {@code s/<n>.js} (the postings of the tokens whose hash falls in shard n) and
 * {@code d/<n>.js} (title, date, 发布机构, category and excerpt of documents 16n to 16n + 15). Each file is a
 * script calling {@code gongkaiSearch}, so that a page opened from disk can load it with a script element where a
 * browser refuses fetch().
 *
 * <p>The tokens are counted on one thread while the pages are rendered (the build's other work keeps the cores
 * busy); only the shards are encoded in parallel, at the end.
 */
public final class SearchIndex {

    public static final String DIR = "search/";
    static final int DOCS_PER_FILE = 16;

    private final BuildWork work;
    private final List<SearchDoc> docs;
    /** Dropped once the shards are written. */
    private BuildWork.Task<Shards> shards;
    /** The published index that the document files may be carried from, and what is known of it. */
    private final Optional<Path> published;
    private final Optional<SearchMemory> last;
    private int bits = -1;
    private long postings;
    private boolean reused;
    /** The data tables and bureau the documents were made of, for the memory of this index. */
    private Datasets tables;
    private String bureau = "";

    private SearchIndex(BuildWork work, List<SearchDoc> docs, Supplier<Shards> shards) {
        this(work, docs, shards, Optional.empty(), Optional.empty());
    }

    private SearchIndex(BuildWork work, List<SearchDoc> docs, Supplier<Shards> shards, Optional<Path> published,
                        Optional<SearchMemory> last) {
        this.work = work;
        this.docs = docs;
        this.published = published;
        this.last = last;
        this.shards = work.fork(shards);
    }

    /**
     * Starts counting the site's tokens as a task of {@code work}; {@link #write} writes the files once the pages are
     * rendered.
     */
    public static SearchIndex start(BuildWork work, Site site, List<NavSection> sections, Summaries summaries) {
        List<SearchDoc> docs = limit(SearchDocs.of(site, sections, summaries));
        return new SearchIndex(work, docs, () -> count(docs, i -> i)).madeOf(site);
    }

    /**
     * As {@link #start(Site, List, Summaries)}, but takes the postings of every document not named in
     * {@code changed} from the index that the last build published under {@code published} (the site folder): only
     * the changed documents are counted. Falls back to counting everything when the published index cannot be used
     * (missing, unreadable, another format). The files written are those of a clean index either way.
     *
     * @param changed the site paths ({@code reports/slug/}) of the documents whose text or title may differ from
     *                when {@code published} was built; added documents need not be named
     */
    public static SearchIndex start(BuildWork work, Site site, List<NavSection> sections, Summaries summaries,
                                    Path published, Set<String> changed) {
        return reusing(work, limit(SearchDocs.of(site, sections, summaries)), published, changed).madeOf(site);
    }

    /**
     * As {@link #start(BuildWork, Site, List, Summaries, Path, Set)}, knowing what the published index holds
     * ({@code last}, the preview's memory of it): when the documents kept their ids, only those that differ are
     * counted (as they were and as they are), and only the shards and document files that they change are read and
     * written.
     */
    public static SearchIndex start(BuildWork work, Site site, List<NavSection> sections, Summaries summaries,
                                    Path published, Set<String> changed, SearchMemory last) {
        return remembering(work, limit(SearchDocs.of(site, sections, summaries, last.rows(site))), published, changed, last)
                .madeOf(site);
    }

    /** {@link #start(BuildWork, Site, List, Summaries, Path, Set, SearchMemory)} over the given documents (for tests). */
    static SearchIndex remembering(BuildWork work, List<SearchDoc> docs, Path published, Set<String> changed,
                                   SearchMemory last) {
        Path dir = published.resolve(DIR);
        return new SearchIndex(work, docs, () -> last.shards(docs, dir).orElseGet(() -> fromPublished(docs, published, changed)),
                Optional.of(dir), Optional.of(last));
    }

    /** {@link #start(BuildWork, Site, List, Summaries, Path, Set)} over the given documents, in this order (for tests). */
    static SearchIndex reusing(BuildWork work, List<SearchDoc> docs, Path published, Set<String> changed) {
        return new SearchIndex(work, docs, () -> fromPublished(docs, published, changed));
    }

    private static Shards fromPublished(List<SearchDoc> docs, Path published, Set<String> changed) {
        Set<String> named = Set.copyOf(changed);
        return PublishedIndex.read(published.resolve(DIR)).flatMap(old -> ReusedShards.of(docs, named, old))
                .orElseGet(() -> count(docs, i -> i));
    }

    /** An index of the given documents, in this order (for tests). */
    static SearchIndex of(List<SearchDoc> docs) {
        return new SearchIndex(new BuildWork(), docs, () -> count(docs, i -> i));
    }

    private SearchIndex madeOf(Site site) {
        tables = site.datasets();
        bureau = site.config().bureau();
        return this;
    }

    private static List<SearchDoc> limit(List<SearchDoc> docs) {
        return docs.size() > Postings.MAX_DOCS ? docs.subList(0, Postings.MAX_DOCS) : docs;
    }

    List<SearchDoc> docs() {
        return docs;
    }

    int bits() {
        return bits;
    }

    /** Whether the shards take postings from a published index (for tests): false when it fell back to counting. */
    boolean reused() {
        return shards == null ? reused : !(shards.join() instanceof Postings);
    }

    /** The postings of {@code docs}, numbered from {@code firstId}. */
    static Postings count(List<SearchDoc> docs, int firstId) {
        return count(docs, i -> firstId + i);
    }

    /** The postings of {@code docs}, document i numbered {@code id.applyAsInt(i)} (increasing). */
    static Postings count(List<SearchDoc> docs, IntUnaryOperator id) {
        Postings all = new Postings();
        TokenCounts counts = new TokenCounts();
        for (int i = 0; i < docs.size(); i++) {
            tokens(docs.get(i), counts);
            all.add(id.applyAsInt(i), counts);
            counts.clear();
        }
        return all;
    }

    /** Counts what the index holds of {@code doc} into {@code counts}: its title (weighed as one), extra and text. */
    static void tokens(SearchDoc doc, TokenCounts counts) {
        counts.titleMode(true);
        Tokens.scan(doc.title(), counts);
        counts.titleMode(false);
        Tokens.scan(doc.extra(), counts);
        Tokens.scanMarkdown(doc.text(), counts);
    }

    /** Writes the search page and the index; returns the page, for the sitemap. */
    public WrittenPage write(Site site, List<NavSection> sections, Templates templates, PageSink sink) {
        write(sink);
        return SearchPage.write(site, sections, templates, sink);
    }

    /** Writes every file of the index; returns how many. */
    int write(PageSink sink) {
        Shards all = shards.join();
        reused = !(all instanceof Postings);
        shards = null;
        bits = all.bits();
        postings = all.postings();
        // tasks of the build, not a parallel stream: a failure returns only once no file is being written
        work.forEach(IntStream.range(0, 1 << bits).boxed().toList(), s -> all.published(s).ifPresentOrElse(
                file -> sink.carry(file, DIR + "s/" + s + ".js"), () -> sink.write(DIR + "s/" + s + ".js", all.file(s))));
        int files = (docs.size() + DOCS_PER_FILE - 1) / DOCS_PER_FILE;
        work.forEach(IntStream.range(0, files).boxed().toList(), f -> {
            String path = DIR + "d/" + f + ".js";
            if (last.isPresent() && last.get().sameRows(docs, f)) {
                sink.carry(published.get().resolve("d/" + f + ".js"), path);
            } else {
                sink.write(path, DocumentFiles.docFile(docs, f));
            }
        });
        sink.write(DIR + "meta.js", DocumentFiles.meta(docs, bits));
        return (1 << bits) + files + 1;
    }

    /** What a later build may know of the index this one wrote (once it is published). */
    public SearchMemory memory() {
        if (bits < 0) {
            throw new IllegalStateException("the index is not written yet");
        }
        return SearchMemory.of(docs, bits, postings, tables, bureau);
    }
}
