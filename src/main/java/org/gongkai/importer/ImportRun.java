package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.load.ConfigLoader;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Category;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.IoReason;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;
import org.gongkai.scaffold.IndexAssigner;
import org.gongkai.scaffold.ReportDraft;

/**
 * {@code gongkai import}: reads each input, writes one draft per report where {@code new report} would (never over
 * an existing file), saves the pictures of a .docx under content/static/images/, then runs the content rules on
 * what it wrote. With {@code dryRun} the same happens in a temporary copy of site.yaml that is removed afterwards.
 */
public final class ImportRun {

    /** What the command line gave. {@code out} is where reports go (content/reports unless given). */
    public record Options(Optional<Category> category, Optional<String> department, Path out, boolean dryRun,
                          LocalDate today) {
    }

    /** An input: a file as the user named it, or standard input ({@code path} empty). */
    public record Input(String shown, Optional<Path> path, byte[] stdin) {
        public Input {
            stdin = stdin.clone();
        }

        public static Input file(Path path, String shown) {
            return new Input(shown, Optional.of(path), new byte[0]);
        }

        public static Input standardInput(byte[] bytes) {
            return new Input("-", Optional.empty(), bytes);
        }
    }

    private final SitePaths paths;
    private final Options options;

    public ImportRun(SitePaths paths, Options options) {
        this.paths = paths;
        this.options = options;
    }

    /** Every report written (or, with dryRun, that would be); problems of inputs that could not be read go to {@code problems}. */
    public List<ImportedReport> run(List<Input> inputs, Problems problems) {
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
        for (Input input : inputs) {
            SourceFile source = new SourceFile(input.shown(), input.path(), input.stdin());
            for (Draft draft : source.read(problems).orElse(List.of())) {
                planned.add(plan(draft, source, config.get(), taken));
            }
        }
        if (planned.isEmpty()) {
            return List.of();
        }
        Path root = options.dryRun() ? temporarySite() : paths.root();
        try {
            SitePaths target = new SitePaths(root);
            List<Planned> written = new ArrayList<>();
            for (Planned p : planned) {
                if (write(p, target, problems)) {
                    written.add(p);
                }
            }
            // a dry run writes into a copy holding only site.yaml: numbers given there would not be the site's
            Map<String, String> indexes = options.dryRun() ? Map.of() : numbered(root, written);
            return new WrittenCheck(target).results(written, indexes, problems);
        } finally {
            if (options.dryRun()) {
                TemporarySite.delete(root);
            }
        }
    }

    /**
     * The 索引号 given to the drafts whose 成文日期 was read from the text, as {@code gongkai index assign} gives them
     * (the next free numbers of the site's pattern, in that date's year), by file. A draft whose date is a stand-in
     * keeps its empty {@code index:} and the comment to run {@code index assign} once the date is right; nothing is
     * numbered on a site without a pattern, or with a problem {@code index assign} stops at (it says so when run).
     */
    private static Map<String, String> numbered(Path root, List<Planned> written) {
        Set<String> dated = new HashSet<>();
        written.stream().filter(p -> p.imported().inference().date().read()).forEach(p -> dated.add(p.file()));
        if (dated.isEmpty()) {
            return Map.of();
        }
        Map<String, String> indexes = new HashMap<>();
        IndexAssigner.run(root, true, new Problems(), dated::contains).assigned()
                .forEach(a -> indexes.put(a.file(), a.index()));
        return indexes;
    }

    /** A report with its file and pictures chosen, relative to the site root. */
    record Planned(Imported imported, String file, List<String> pictures, String source) {
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
        return new Planned(new Imported(draft, inference, text), paths.display(file), pictures, source.shown());
    }

    private boolean write(Planned p, SitePaths target, Problems problems) {
        Path file = target.root().resolve(p.file());
        if (options.dryRun() && Path.of(p.file()).isAbsolute()) {
            return true; // --out outside the site: nothing to write into the copy, and nothing of the site checks it
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, p.imported().text(), StandardOpenOption.CREATE_NEW);
            for (int i = 0; i < p.pictures().size(); i++) {
                Path picture = target.staticFiles().resolve(p.pictures().get(i));
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

    private Path temporarySite() {
        return TemporarySite.withConfigOf(paths);
    }
}
