package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.load.data.DataLoader;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Contacts;
import org.gongkai.model.Datasets;
import org.gongkai.model.FreePage;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.StaticFile;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.FileFailure;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.work.BuildWork;

/** Load stage: site.yaml, reports, pages, static files and data tables of one site root. */
public final class SiteLoader {

    /** Newest first; same-day reports by slug so the order never depends on the file system. */
    public static final Comparator<Report> NEWEST_FIRST = Comparator.comparing(Report::date).reversed()
            .thenComparing(Report::slug);

    private final SitePaths paths;

    public SiteLoader(SitePaths paths) {
        this.paths = paths;
    }

    /**
     * Loads everything it can; the caller fails the build when {@code problems} has errors. Empty when site.yaml
     * does not load.
     */
    public Optional<Site> load(boolean includeDrafts, Problems problems) {
        return load(includeDrafts, problems, false, Optional.empty(), new BuildWork()).site();
    }

    /**
     * Everything that loaded, for {@code gongkai check} to run its rules on even when there are errors: the reports,
     * pages and data rows without errors (the others are left out and their problems are in {@code problems}), and,
     * when site.yaml does not load, an empty stand-in for it.
     */
    public Site loadWhatLoads(boolean includeDrafts, Problems problems) {
        return load(includeDrafts, problems, true, Optional.empty(), new BuildWork()).site().orElseThrow();
    }

    /**
     * What a load gave, and what the next load may take over from it.
     *
     * @param memory what was read: the report files only for a load with {@code reuse}
     * @param takenOver the report files (by path from the site root) taken over from the earlier load, unread
     * @param stamps each report file's stamp as it was listed, before it was read (by path from the site root)
     */
    public record Loaded(Optional<Site> site, LoadMemory memory, Set<String> takenOver, Map<String, FileStamp> stamps) {

        public Loaded {
            takenOver = Set.copyOf(takenOver);
            stamps = Map.copyOf(stamps);
        }
    }

    /**
     * As {@link #load(boolean, Problems)}, the data tables read as a task of {@code work} (the build's); with {@code
     * reuse} (the preview's builds), taking over from an earlier load what did not change, and keeping what this one
     * read in the result's memory. The problems are those a load from scratch would give.
     */
    public Loaded load(boolean includeDrafts, Problems problems, Optional<LoadMemory.Reuse> reuse, BuildWork work) {
        return load(includeDrafts, problems, false, reuse, work);
    }

    private Loaded load(boolean includeDrafts, Problems problems, boolean standInConfig,
                        Optional<LoadMemory.Reuse> reuse, BuildWork work) {
        Optional<SiteConfig> config = new ConfigLoader().load(paths, problems);
        // without site.yaml the build fails anyway; stand-in numbers keep that from adding a phone error to every fee row
        Contacts contacts = config.map(c -> c.contacts()).orElse(new Contacts("", "", "", "?", "?"));
        Optional<LoadMemory.ReadTables> keptTables = reuse.filter(r -> !r.dataChanged()).flatMap(r -> r.memory().data());
        // a large data table is read on one thread, while the reports are read; its rows are checked by any
        // thread that is free, this one too once the reports are read (its problems kept apart, for the next load)
        Problems tableProblems = new Problems(Integer.MAX_VALUE);
        Optional<DataLoader.Loading> datasets = keptTables.isPresent() ? Optional.empty()
                : Optional.of(new DataLoader(paths.data(), paths::display).start(contacts, tableProblems, work));
        Map<String, LoadMemory.ReadReport> read = new ConcurrentHashMap<>();
        Set<String> takenOver = ConcurrentHashMap.newKeySet();
        Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
        List<Report> all = loadReports(true, problems, reuse, read, takenOver, stamps);
        List<Report> reports = includeDrafts ? all : all.stream().filter(r -> !r.draft()).toList();
        List<FreePage> pages = loadPages(problems);
        List<StaticFile> staticFiles = StaticFiles.in(paths, problems);
        List<AnnualReport> annualReports = new AnnualReportReader(paths).load(problems);
        LoadMemory.ReadTables tables = keptTables.orElseGet(
                () -> new LoadMemory.ReadTables(datasets.orElseThrow().finish(), tableProblems.list()));
        problems.addAll(tables.problems());
        Datasets data = tables.datasets();
        config.ifPresent(c -> {
            String siteYaml = paths.display(paths.siteYaml());
            List<DisclosureRules.Item> items = DisclosureRules.items(reports, pages, c.disclosure(), siteYaml);
            DisclosureRules.check(c.disclosure(), items, problems);
            DataPageRules.check(c.disclosure(), siteYaml, reports, data, annualReports, problems);
            if (!includeDrafts) {
                // a draft left out of the build still must not take a published item's 索引号: it is about to go public
                List<DisclosureRules.Item> drafts = all.stream().filter(Report::draft)
                        .map(r -> new DisclosureRules.Item(r.sourcePath(), r.meta())).toList();
                DisclosureRules.draftDuplicates(items, drafts, problems);
            }
        });
        if (config.isEmpty() && standInConfig) {
            config = Optional.of(new SiteConfig("", "", "", "", "", Contacts.NONE, List.of()));
        }
        return new Loaded(config.map(c -> new Site(c, reports, pages, staticFiles, data, annualReports)),
                new LoadMemory(read, Optional.of(tables)), takenOver, stamps);
    }

    public List<Report> loadReports(boolean includeDrafts, Problems problems) {
        return loadReports(includeDrafts, problems, Optional.empty(), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(),
                new ConcurrentHashMap<>());
    }

    /**
     * The reports, each file read again unless {@code reuse} has it unchanged; what was read goes into {@code read},
     * the files taken over unread into {@code takenOver}, the stamps of those read or taken over into {@code stamps}.
     */
    private List<Report> loadReports(boolean includeDrafts, Problems problems, Optional<LoadMemory.Reuse> reuse,
                                     Map<String, LoadMemory.ReadReport> read, Set<String> takenOver,
                                     Map<String, FileStamp> stamps) {
        ReportReader reader = new ReportReader(paths);
        List<MarkdownFiles.Listed> files = markdownFiles(paths.reports(), true, problems);
        List<Report> reports = files.parallelStream()
                .map(listed -> FileFailure.during(listed.shown(),
                        () -> readOrReuse(reader, listed, problems, reuse, read, takenOver)
                                .map(report -> {
                                    stamps.put(listed.shown(), listed.stamp());
                                    return report;
                                })))
                .flatMap(Optional::stream)
                .toList();
        Map<String, Report> bySlug = new HashMap<>();
        List<Report> kept = new ArrayList<>();
        for (Report report : reports) {
            Report other = bySlug.putIfAbsent(report.slug(), report);
            if (other != null) {
                problems.add(Problem.error(SourcePosition.of(report.sourcePath()),
                        Text.of("load.report.slugTwice", report.slug(), other.sourcePath(), report.sourcePath()),
                        Text.of("load.report.slugTwice.hint")));
                continue;
            }
            if (includeDrafts || !report.draft()) {
                kept.add(report);
            }
        }
        kept.sort(NEWEST_FIRST);
        return kept;
    }

    private Optional<Report> readOrReuse(ReportReader reader, MarkdownFiles.Listed listed, Problems problems,
                                         Optional<LoadMemory.Reuse> reuse, Map<String, LoadMemory.ReadReport> read,
                                         Set<String> takenOver) {
        Path file = listed.file();
        if (reuse.isEmpty()) {
            return readReport(reader, file, problems); // nothing to take over, and no memory kept
        }
        String shown = listed.shown();
        FileStamp stamp = listed.stamp();
        Optional<LoadMemory.ReadReport> kept = reuse.filter(r -> !r.changed().contains(file))
                .flatMap(r -> Optional.ofNullable(r.memory().reports().get(shown)))
                .filter(before -> before.stamp().equals(stamp));
        if (kept.isPresent()) {
            problems.addAll(kept.get().problems());
            read.put(shown, kept.get());
            takenOver.add(shown);
            return Optional.of(kept.get().report());
        }
        Problems own = new Problems(Integer.MAX_VALUE);
        Optional<Report> report = readReport(reader, file, own);
        problems.addAll(own.list());
        if (report.isPresent() && !own.hasErrors()) {
            read.put(shown, new LoadMemory.ReadReport(report.get(), own.list(), stamp));
        }
        return report;
    }

    /** Reads one report file. */
    public Optional<Report> readReport(ReportReader reader, Path file, Problems problems) {
        String shown = paths.display(file);
        String slug = SitePaths.slugOf(file);
        if (!SitePaths.SLUG.matcher(slug).matches()) {
            problems.add(ReportReader.badSlug(shown, slug));
            return Optional.empty();
        }
        // The reader keeps a report when no error was added while reading it: with reports read in parallel it must
        // count its own errors, not every thread's (another file's error once dropped a good report from check).
        Problems own = new Problems();
        Optional<Report> report = readText(file, shown, own).flatMap(text -> reader.read(text, shown, slug, own));
        problems.addAll(own.list());
        return report;
    }

    /** The free pages, sorted by slug. */
    public List<FreePage> loadPages(Problems problems) {
        PageReader reader = new PageReader();
        List<FreePage> pages = new ArrayList<>();
        for (MarkdownFiles.Listed listed : markdownFiles(paths.pages(), false, problems)) {
            Path file = listed.file();
            String shown = listed.shown();
            String slug = SitePaths.slugOf(file);
            if (!SitePaths.SLUG.matcher(slug).matches()) {
                problems.add(ReportReader.badSlug(shown, slug));
                continue;
            }
            FileFailure.during(shown, () -> readText(file, shown, problems).flatMap(text -> reader.read(text, shown, slug, problems)))
                    .ifPresent(pages::add);
        }
        pages.sort(Comparator.comparing(FreePage::slug));
        return pages;
    }

    private List<MarkdownFiles.Listed> markdownFiles(Path dir, boolean recursive, Problems problems) {
        return MarkdownFiles.in(dir, paths.display(dir), recursive, other -> problems.add(Problem.warning(SourcePosition.of(other.shown()),
                Text.of("load.file.notMarkdown"), Text.of("load.file.notMarkdown.hint"))));
    }

    private static Optional<String> readText(Path file, String shown, Problems problems) {
        try {
            return SourceText.decodeMarkdown(Files.readAllBytes(file), shown, problems);
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(shown), Text.of("load.file.unreadable", IoReason.of(e)), Text.NONE));
            return Optional.empty();
        }
    }

    /** Editor and OS leftovers (.DS_Store, ~$ Word lock files, .swp) are not content. */
    public static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~");
    }
}
