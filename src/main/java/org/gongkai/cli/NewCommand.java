package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.gongkai.load.SitePaths;
import org.gongkai.model.Category;
import org.gongkai.model.Period;
import org.gongkai.problem.Language;
import org.gongkai.problem.Problems;
import org.gongkai.problem.Text;
import org.gongkai.render.Theme;
import org.gongkai.scaffold.PageDraft;
import org.gongkai.scaffold.ReportDraft;
import org.gongkai.scaffold.SiteSkeleton;
import org.gongkai.scaffold.ThemeCopy;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai new site|report|page|theme}: files to start from; an existing file is never overwritten. */
@Command(name = "new", mixinStandardHelpOptions = true,
        subcommands = {NewCommand.NewSite.class, NewCommand.NewReport.class, NewCommand.NewPage.class,
                NewCommand.NewTheme.class})
final class NewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageError(spec, Text.of("cli.usage.newWhat"));
    }

    /** Prints what was written, or the problems; the exit code says which. */
    static int finish(CommandSpec spec, Problems problems, List<String> created, List<Text> next) {
        Language language = Main.language(spec);
        new ProblemPrinter(spec.commandLine().getErr(), language).print(problems.list());
        if (problems.hasErrors()) {
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        created.forEach(file -> out.println(language.text("cli.new.created", file)));
        next.forEach(line -> out.println(line.in(language)));
        out.flush();
        return ExitCodes.OK;
    }

    static void requireSlug(CommandSpec spec, String slug) {
        if (slug != null && !ReportDraft.isValidSlug(slug)) {
            throw new UsageError(spec, Text.of("cli.usage.slug", slug));
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true)
    static final class NewSite implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", descriptionKey = "new.site.dir")
        Path dir;

        @Option(names = "--bureau", paramLabel = "NAME", descriptionKey = "new.site.bureau",
                defaultValue = SiteSkeleton.DEFAULT_BUREAU)
        String bureau;

        @Override
        public Integer call() {
            Problems problems = new Problems();
            List<String> created = SiteSkeleton.create(dir, bureau, LocalDate.now(), problems).stream()
                    .map(file -> dir.resolve(dir.toAbsolutePath().normalize().relativize(file)).toString().replace('\\', '/'))
                    .toList();
            return finish(spec, problems, created, List.of(Text.of("cli.new.site.next", dir.resolve("content/site.yaml"), dir)));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class NewReport implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Parameters(paramLabel = "标题", descriptionKey = "new.report.title")
        String title;

        @Option(names = "--category", paramLabel = "类别", converter = CategoryConverter.class,
                descriptionKey = "new.report.category")
        Category category;

        @Option(names = "--period", paramLabel = "期间", converter = PeriodConverter.class,
                descriptionKey = "new.report.period")
        Period period;

        @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "new.report.year")
        Integer year;

        @Option(names = "--department", paramLabel = "发文单位", descriptionKey = "new.report.department")
        String department;

        @Option(names = "--slug", paramLabel = "SLUG", descriptionKey = "new.report.slug")
        String slug;

        @Override
        public Integer call() {
            requireTitle(spec, title);
            requireSlug(spec, slug);
            if (year != null && (year < 1949 || year > 2100)) {
                throw new UsageError(spec, Text.of("cli.usage.year", year));
            }
            SitePaths paths = new SitePaths(source.dir);
            Problems problems = new Problems();
            var request = new ReportDraft.Request(title, Optional.ofNullable(category), Optional.ofNullable(period),
                    year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.ofNullable(department).map(String::strip),
                    Optional.ofNullable(slug));
            Optional<ReportDraft.Created> created = ReportDraft.create(paths, request, LocalDate.now(), problems);
            List<Text> next = created.map(c -> {
                List<Text> lines = new java.util.ArrayList<>(List.of(
                        Text.of("cli.new.report.guessed", c.year(), c.category().label(), c.period().label(), c.department())));
                c.index().ifPresent(index -> lines.add(Text.of("inspect.new.index", index)));
                lines.add(Text.of("cli.new.report.draft"));
                return List.copyOf(lines);
            }).orElse(List.of());
            return finish(spec, problems, created.map(c -> List.of(paths.display(c.file()))).orElse(List.of()), next);
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true)
    static final class NewPage implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Parameters(paramLabel = "标题", descriptionKey = "new.page.title")
        String title;

        @Option(names = "--slug", paramLabel = "SLUG", descriptionKey = "new.page.slug")
        String slug;

        @Override
        public Integer call() {
            requireTitle(spec, title);
            requireSlug(spec, slug);
            SitePaths paths = new SitePaths(source.dir);
            Problems problems = new Problems();
            Optional<Path> created = PageDraft.create(paths, title, Optional.ofNullable(slug), problems);
            List<Text> next = created.map(file -> List.of(Text.of("cli.new.page.next"))).orElse(List.of());
            return finish(spec, problems, created.map(file -> List.of(paths.display(file))).orElse(List.of()), next);
        }
    }

    @Command(name = "theme", mixinStandardHelpOptions = true)
    static final class NewTheme implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Parameters(paramLabel = "NAME", descriptionKey = "new.theme.name")
        String name;

        @Override
        public Integer call() {
            // a folder name under themes/ and the value of theme: in site.yaml, so the same rule as a slug
            if (!ReportDraft.isValidSlug(name)) {
                throw new UsageError(spec, Text.of("cli.usage.themeName", name));
            }
            SitePaths paths = new SitePaths(source.dir);
            Problems problems = new Problems();
            List<String> created = ThemeCopy.create(paths, name, Theme.builtIn().files(), problems).stream()
                    .map(paths::display).toList();
            List<Text> next = created.isEmpty() ? List.of() : List.of(Text.of("cli.new.theme.next", name));
            return finish(spec, problems, created, next);
        }
    }

    static void requireTitle(CommandSpec spec, String title) {
        if (title.isBlank() || title.contains("\n")) {
            throw new UsageError(spec, Text.of("cli.usage.title"));
        }
    }

    static final class CategoryConverter implements ITypeConverter<Category> {
        @Override
        public Category convert(String value) {
            return Category.fromLabel(value.strip()).orElseThrow(() ->
                    new UsageError.BadValue(Text.of("cli.usage.category", value, Category.allowedLabels())));
        }
    }

    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            return Period.fromLabel(value.strip()).orElseThrow(() ->
                    new UsageError.BadValue(Text.of("cli.usage.period", value, Period.allowedLabels())));
        }
    }
}
