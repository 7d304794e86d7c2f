package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.load.ConfigLoader;
import org.gongkai.load.SiteLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Category;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.scaffold.IndexNumbers;
import org.gongkai.scaffold.ReportDraft;

/**
 * {@code gongkai import}: reads each input, writes one draft per report where {@code new report} would (never over
 * an existing file), saves the pictures of a .docx under content/static/images/, then runs the content rules on
 * the site with what it wrote. The site is loaded once, before anything is written: for the next free 索引号 and
 * for the rules, which get the drafts read from their text. With {@code dryRun} nothing is written.
 */
public final class ImportRun {

    /** What the command line gave. {@code out} is where reports go (content/reports unless given). */
    public record Options(Optional<Category> category, Optional<String> department, Path out, boolean dryRun,
                          LocalDate today) {
    }

    private final SitePaths paths;
    private final Options options;

    public ImportRun(SitePaths paths, Options options) {
        this.paths = paths;
        this.options = options;
    }

    /** Every report written (or, with dryRun, that would be); problems of inputs that could not be read go to {@code problems}. */
    public List<ImportedReport> run(List<SourceFile> inputs, Problems problems) {
        if (!Files.isDirectory(paths.content())) {
            problems.add(Problem.error(SourcePosition.of(paths.display(paths.root())), Text.of("scaffold.noSite"),
                    Text.of("scaffold.noSite.hint")));
            return List.of();
        }
        Optional<SiteConfig> config = new ConfigLoader().load(paths, problems);
        if (config.isEmpty()) {
            return List.of();
        }
        List<Planned> planned = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SourceFile source : inputs) {
            for (Draft draft : source.read(problems).orElse(List.of())) {
                planned.add(plan(draft, source, config.get(), taken));
            }
        }
        if (planned.isEmpty()) {
            return List.of();
        }
        // problems of the site's other files are not this command's business: check and build report them
        Problems loading = new Problems();
        Site site = new SiteLoader(paths).loadWhatLoads(true, loading);
        Map<String, String> indexes = numbered(planned, site, loading);
        List<Planned> written = new ArrayList<>();
        for (Planned p : planned) {
            Planned numbered = Optional.ofNullable(indexes.get(p.file())).map(i -> p.withIndex(i, site.config())).orElse(p);
            if (options.dryRun() || write(numbered, problems)) {
                written.add(numbered);
            }
        }
        return new WrittenCheck(paths, site).results(written, problems);
    }

    /**
     * The 索引号 to give the drafts whose 成文日期 was read from the text, as {@code gongkai index assign} would give
     * them (the next free numbers of the site's pattern, in that date's year, in the order of dates, then files), by
     * file. A draft whose date is a stand-in keeps its empty {@code index:} and the comment to run {@code index
     * assign} once the date is right; nothing is numbered on a site without a pattern or with a problem in loading
     * (index assign stops at it and says so), nor a draft outside content/reports, which the site does not hold.
     */
    private Map<String, String> numbered(List<Planned> planned, Site site, Problems loading) {
        Optional<IndexNumbers> numbers = loading.hasErrors() ? Optional.empty()
                : IndexNumbers.of(site.config().disclosure(), site.reports(), site.pages());
        Map<String, String> indexes = new HashMap<>();
        numbers.ifPresent(next -> planned.stream()
                .filter(p -> p.imported().inference().date().read() && p.inSite(paths))
                .sorted(Comparator.comparing((Planned p) -> p.imported().inference().date().value()).thenComparing(Planned::file))
                .forEach(p -> indexes.put(p.file(), next.take(p.imported().inference().date().value().getYear()))));
        return indexes;
    }

    /**
     * A report with its file and pictures chosen.
     *
     * @param file the file as shown, relative to the site root when in it
     * @param pictures relative to content/static
     * @param body the Markdown body, after the front matter
     * @param index the 索引号 given to it
     */
    record Planned(Imported imported, Path path, String file, List<String> pictures, String source, String body,
                   Optional<String> index) {

        /** Whether the site loads it: a report in content/reports (not one written outside by --out). */
        boolean inSite(SitePaths site) {
            return path.startsWith(site.reports());
        }

        Planned withIndex(String given, SiteConfig config) {
            Imported numbered = new Imported(imported.draft(), imported.inference(),
                    new ReportText().of(imported.inference(), config.disclosure(), Optional.of(given), body));
            return new Planned(numbered, path, file, pictures, source, body, Optional.of(given));
        }
    }

    private Planned plan(Draft draft, SourceFile source, SiteConfig config, Set<String> taken) {
        Inference inference = Inference.of(draft, new Inference.Given(options.category(),
                options.department().filter(d -> !d.isBlank()), config.bureau(), options.today(), source.stem()));
        Path out = options.out().isAbsolute() ? options.out() : paths.root().resolve(options.out());
        Path file = ReportDraft.freeFile(paths, out, options.today(), inference.year().value(), inference.category().value(), taken);
        String stem = SitePaths.slugOf(file);
        taken.add(stem);
        List<String> pictures = new ArrayList<>();
        for (int i = 0; i < draft.pictures().size(); i++) {
            pictures.add("images/" + stem + "-" + (i + 1) + "." + draft.pictures().get(i).extension());
        }
        String body = MarkdownBody.of(draft.blocks(), pictures::get);
        String text = new ReportText().of(inference, config.disclosure(), body);
        return new Planned(new Imported(draft, inference, text), file, paths.display(file), pictures, source.shown(), body,
                Optional.empty());
    }

    private boolean write(Planned p, Problems problems) {
        Path file = p.path();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, p.imported().text(), StandardOpenOption.CREATE_NEW);
            for (int i = 0; i < p.pictures().size(); i++) {
                Path picture = paths.staticFiles().resolve(p.pictures().get(i));
                Files.createDirectories(picture.getParent());
                Files.write(picture, p.imported().draft().pictures().get(i).bytes(), StandardOpenOption.CREATE_NEW);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            problems.add(Problem.error(SourcePosition.of(p.file()), Text.of("import.exists"), Text.of("import.exists.hint")));
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(p.file()), Text.of("import.cannotWrite", IoReason.of(e)),
                    Text.of("import.cannotWrite.hint")));
        }
        return false;
    }
}
