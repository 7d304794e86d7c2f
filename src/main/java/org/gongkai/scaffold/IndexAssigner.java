package org.gongkai.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gongkai.load.ConfigLoader;
import org.gongkai.load.DisclosureRules;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.FreePage;
import org.gongkai.model.IndexPattern;
import org.gongkai.model.ItemMeta;
import org.gongkai.model.Report;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code gongkai index assign}: gives every report and free page without a 索引号 the next free number of the
 * site's pattern, in the order of their dates (then paths), by inserting one {@code index:} line into its front
 * matter; nothing else of the file changes. The year of a report's number is its {@code date}'s, a page's its
 * {@code published}'s (a page without it is left out where the pattern has {@code {year}}).
 */
public final class IndexAssigner {

    /** One number given: the file, the line {@code index:} is (or would be) written on, the 索引号. */
    public record Assignment(String file, int line, String index) {
    }

    /**
     * @param noPattern site.yaml has no {@code index_pattern} (or one without {@code {seq}}): nothing can be given
     */
    public record Result(boolean noPattern, List<Assignment> assigned) {
        public Result {
            assigned = List.copyOf(assigned);
        }
    }

    private record Candidate(Path path, String file, Optional<LocalDate> date) {
    }

    private IndexAssigner() {
    }

    /**
     * Plans the numbers and, when {@code write}, writes them. Input errors (site.yaml, a report, a 索引号 that is off
     * the pattern or used twice) are added to {@code problems} and nothing is written.
     */
    public static Result run(Path root, boolean write, Problems problems) {
        SitePaths paths = new SitePaths(root.toAbsolutePath().normalize());
        Optional<SiteConfig> config = new ConfigLoader().load(paths, problems);
        if (config.isEmpty()) {
            return new Result(false, List.of());
        }
        Optional<IndexPattern> pattern = config.get().disclosure().pattern().filter(IndexNumbers::canNumber);
        if (pattern.isEmpty()) {
            return new Result(true, List.of());
        }
        SiteLoader loader = new SiteLoader(paths);
        List<Report> reports = loader.loadReports(true, problems);
        List<FreePage> pages = loader.loadPages(problems);
        // the data pages' numbers (site.yaml data_pages) are used too
        List<DisclosureRules.Item> items = DisclosureRules.items(reports, pages, config.get().disclosure(),
                paths.display(paths.siteYaml()));
        DisclosureRules.check(config.get().disclosure(), items, problems);
        if (problems.hasErrors()) {
            return new Result(false, List.of());
        }
        boolean yearly = pattern.get().pattern().contains("{year}");
        List<Candidate> candidates = new ArrayList<>();
        for (Report report : reports) {
            if (report.meta().index().isEmpty()) {
                candidates.add(new Candidate(root.resolve(report.sourcePath()), report.sourcePath(), Optional.of(report.date())));
            }
        }
        for (FreePage page : pages) {
            if (!page.meta().index().isEmpty()) {
                continue;
            }
            if (yearly && page.meta().published().isEmpty()) {
                problems.add(Problem.warning(SourcePosition.of(page.sourcePath(), 1), Text.of("inspect.assign.noYear"),
                        Text.of("inspect.assign.noYear.hint")));
                continue;
            }
            candidates.add(new Candidate(root.resolve(page.sourcePath()), page.sourcePath(), page.meta().published()));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.date().orElse(LocalDate.MAX)).thenComparing(Candidate::file));
        IndexNumbers numbers = new IndexNumbers(pattern.get(), items.stream().map(DisclosureRules.Item::meta)
                .map(ItemMeta::index).filter(i -> !i.isEmpty()).toList());
        List<Assignment> assigned = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String index = numbers.take(candidate.date().map(LocalDate::getYear).orElse(0));
            byte[] bytes = read(candidate.path());
            Optional<FrontMatterInsert> edit = FrontMatterInsert.after(bytes, "index: " + FrontMatterText.quote(index));
            if (edit.isEmpty()) {
                problems.add(Problem.error(SourcePosition.of(candidate.file(), 1), Text.of("inspect.assign.noFrontMatter"),
                        Text.of("inspect.assign.noFrontMatter.hint")));
                continue;
            }
            assigned.add(new Assignment(candidate.file(), edit.get().line(), index));
            writes.add(() -> replace(candidate.path(), edit.get().bytes()));
        }
        if (write && !problems.hasErrors()) {
            writes.forEach(Runnable::run);
        }
        return new Result(false, assigned);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Through a temporary file and a rename, so a file is never left half written. */
    private static void replace(Path file, byte[] bytes) {
        try {
            Path temp = Files.createTempFile(file.getParent(), ".gongkai-", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicNotSupported) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
