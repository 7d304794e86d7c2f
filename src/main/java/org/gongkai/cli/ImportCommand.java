package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.gongkai.importer.ImportRun;
import org.gongkai.importer.ImportedReport;
import org.gongkai.importer.SourceFile;
import org.gongkai.load.SitePaths;
import org.gongkai.model.Category;
import org.gongkai.problem.Language;
import org.gongkai.problem.Problems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai import FILE... | -}: text pasted out of Word, or a .docx, as Markdown report drafts; then what was
 * read, what the editor must check, and the next command.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
    List<String> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content/reports", descriptionKey = "import.out")
    Path out;

    @Option(names = "--category", paramLabel = "类别", converter = NewCommand.CategoryConverter.class,
            descriptionKey = "import.category")
    Category category;

    @Option(names = "--department", paramLabel = "发文单位", descriptionKey = "import.department")
    String department;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        SitePaths paths = new SitePaths(source.dir);
        List<SourceFile> inputs = new ArrayList<>();
        for (String file : files) {
            // a relative path is the user's, from where they stand, not from the site
            inputs.add(file.equals("-") ? SourceFile.standardInput(System.in.readAllBytes())
                    : SourceFile.file(Path.of(file), file));
        }
        var options = new ImportRun.Options(Optional.ofNullable(category), Optional.ofNullable(department).map(String::strip),
                out, dryRun, LocalDate.now());
        Problems problems = new Problems();
        List<ImportedReport> reports = new ImportRun(paths, options).run(inputs, problems);
        Language language = Main.language(spec);
        PrintWriter stdout = spec.commandLine().getOut();
        for (ImportedReport report : reports) {
            print(report, stdout, language);
        }
        if (!reports.isEmpty()) {
            stdout.println(language.text(dryRun ? "import.done.dryRun" : "import.done", reports.size()));
            stdout.println(language.text("import.next"));
        }
        stdout.flush();
        new ProblemPrinter(spec.commandLine().getErr(), language).print(problems.list());
        return problems.hasErrors() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private void print(ImportedReport report, PrintWriter out, Language language) {
        out.println(language.text(dryRun ? "import.wouldWrite" : "import.written", report.file(), report.title(), report.source()));
        report.read().forEach(line -> out.println("  " + line.in(language)));
        report.pictures().forEach(picture -> out.println("  " + language.text("import.picture", picture)));
        if (report.toCheck().isEmpty() && report.findings().isEmpty()) {
            out.println("  " + language.text("import.nothingToCheck"));
            return;
        }
        out.println("  " + language.text("import.toCheck"));
        report.toCheck().forEach(line -> out.println("    " + line.in(language)));
        report.findings().forEach(finding -> {
            out.println("    " + finding.position() + ": [" + finding.kind() + "] " + finding.problem().message(language));
            String hint = finding.problem().hint(language);
            if (!hint.isEmpty()) {
                out.println("      " + language.text("cli.hint", hint));
            }
        });
    }

}
