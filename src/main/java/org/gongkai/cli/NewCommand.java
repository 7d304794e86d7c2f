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
import org.gongkai.problem.Problems;
import org.gongkai.scaffold.PageDraft;
import org.gongkai.scaffold.ReportDraft;
import org.gongkai.scaffold.SiteSkeleton;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code gongkai new site|report|page}: files to start from; an existing file is never overwritten. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new site, report or page from a template. Never overwrites a file.",
        subcommands = {NewCommand.NewSite.class, NewCommand.NewReport.class, NewCommand.NewPage.class})
final class NewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "say what to create: gongkai new site DIR, gongkai new report 标题, or gongkai new page 标题");
    }

    /** Prints what was written, or the problems; the exit code says which. */
    static int finish(CommandSpec spec, Problems problems, List<String> created, String next) {
        new ProblemPrinter(spec.commandLine().getErr(), Main.language(spec)).print(problems.list());
        if (problems.hasErrors()) {
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        created.forEach(file -> out.println("created " + file));
        out.println(next);
        out.flush();
        return ExitCodes.OK;
    }

    static void requireSlug(CommandSpec spec, String slug) {
        if (slug != null && !ReportDraft.isValidSlug(slug)) {
            throw new ParameterException(spec.commandLine(), "--slug 「" + slug + "」 cannot be part of a web address:"
                    + " use ASCII letters, digits and -, e.g. --slug 2014-annual-summary");
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = "Create a site in DIR that builds as it is: site.yaml, one example report, pages, data tables with their header rows.")
    static final class NewSite implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The new site's folder.")
        Path dir;

        @Option(names = "--bureau", paramLabel = "NAME", description = "The publishing bureau, e.g. 宿松县教育局 (default: ${DEFAULT-VALUE}; change it in site.yaml).",
                defaultValue = SiteSkeleton.DEFAULT_BUREAU)
        String bureau;

        @Override
        public Integer call() {
            Problems problems = new Problems();
            List<String> created = SiteSkeleton.create(dir, bureau, LocalDate.now(), problems).stream()
                    .map(file -> dir.resolve(dir.toAbsolutePath().normalize().relativize(file)).toString().replace('\\', '/'))
                    .toList();
            return finish(spec, problems, created,
                    "next: edit " + dir.resolve("content/site.yaml") + ", then preview with: gongkai serve --source " + dir);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Create a report draft (draft: true) with its front matter filled: content/reports/YEAR/DATE-SLUG.md.",
                    "Year, category and period are taken from the title unless given; the department is the bureau of site.yaml."})
    static final class NewReport implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Parameters(paramLabel = "标题", description = "The report's full title, e.g. 宿松县教育局2014年工作总结.")
        String title;

        @Option(names = "--category", paramLabel = "类别", converter = CategoryConverter.class,
                description = "年度总结, 半年总结, 季度汇报, 专项汇报, 工作汇报, 工作要点 or 工作计划.")
        Category category;

        @Option(names = "--period", paramLabel = "期间", converter = PeriodConverter.class,
                description = "全年, 上半年, 下半年, 第一季度 … 第四季度, 春季学期 or 秋季学期.")
        Period period;

        @Option(names = "--year", paramLabel = "YEAR", description = "The year the report covers.")
        Integer year;

        @Option(names = "--department", paramLabel = "发文单位", description = "The issuing body (default: bureau in site.yaml).")
        String department;

        @Option(names = "--slug", paramLabel = "SLUG", description = "ASCII name after the date, e.g. 2014-annual-summary.")
        String slug;

        @Override
        public Integer call() {
            requireTitle(spec, title);
            requireSlug(spec, slug);
            if (year != null && (year < 1949 || year > 2100)) {
                throw new ParameterException(spec.commandLine(), "--year " + year + " is not a plausible year; give the year the report covers, e.g. --year 2014");
            }
            SitePaths paths = new SitePaths(source.dir);
            Problems problems = new Problems();
            var request = new ReportDraft.Request(title, Optional.ofNullable(category), Optional.ofNullable(period),
                    year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.ofNullable(department).map(String::strip),
                    Optional.ofNullable(slug));
            Optional<ReportDraft.Created> created = ReportDraft.create(paths, request, LocalDate.now(), problems);
            String next = created.map(c -> "year: " + c.year() + ", category: " + c.category().label() + ", period: "
                    + c.period().label() + ", department: " + c.department() + " (check them in the front matter)\n"
                    + "it is a draft: gongkai serve shows it with 「草稿」; delete the line draft: true to publish it").orElse("");
            return finish(spec, problems, created.map(c -> List.of(paths.display(c.file()))).orElse(List.of()), next);
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true,
            description = "Create a free page, content/pages/SLUG.md (信息公开指南 → guide, 关于我们 → about; others: page, or --slug).")
    static final class NewPage implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SourceOption source;

        @Parameters(paramLabel = "标题", description = "The page's title, e.g. 信息公开指南.")
        String title;

        @Option(names = "--slug", paramLabel = "SLUG", description = "ASCII file name, e.g. guide; the page's address is pages/SLUG/.")
        String slug;

        @Override
        public Integer call() {
            requireTitle(spec, title);
            requireSlug(spec, slug);
            SitePaths paths = new SitePaths(source.dir);
            Problems problems = new Problems();
            Optional<Path> created = PageDraft.create(paths, title, Optional.ofNullable(slug), problems);
            String next = created.map(file -> "it is linked from every page's footer once the site is built").orElse("");
            return finish(spec, problems, created.map(file -> List.of(paths.display(file))).orElse(List.of()), next);
        }
    }

    static void requireTitle(CommandSpec spec, String title) {
        if (title.isBlank() || title.contains("\n")) {
            throw new ParameterException(spec.commandLine(), "the title must be one line of text, e.g. 宿松县教育局2014年工作总结");
        }
    }

    static final class CategoryConverter implements ITypeConverter<Category> {
        @Override
        public Category convert(String value) {
            return Category.fromLabel(value.strip()).orElseThrow(() ->
                    new TypeConversionException("「" + value + "」 is not a category; use one of: " + Category.allowedLabels()));
        }
    }

    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            return Period.fromLabel(value.strip()).orElseThrow(() ->
                    new TypeConversionException("「" + value + "」 is not a period; use one of: " + Period.allowedLabels()));
        }
    }
}
