package org.gongkai.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.check.PunctuationFixer;
import org.gongkai.check.SiteCheck;
import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;
import org.gongkai.problem.Language;
import org.gongkai.problem.Text;
import org.gongkai.problem.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "check.format")
    Format format;

    @Option(names = "--fix", descriptionKey = "check.fix")
    boolean fix;

    @Option(names = "--dry-run", descriptionKey = "check.dryRun")
    boolean dryRun;

    @Option(names = "--show-ignored", descriptionKey = "check.showIgnored")
    boolean showIgnored;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "check.today")
    String today;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language language = Main.language(spec);
        if (dryRun && !fix) {
            throw new UsageError(spec, Text.of("cli.usage.dryRunWithoutFix"));
        }
        if (fix) {
            printFix(new PunctuationFixer().run(source.dir, !dryRun), format == Format.json ? err : out, language);
        }
        LocalDate day;
        try {
            day = today == null ? LocalDate.now() : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new UsageError(spec, Text.of("cli.usage.today", today));
        }
        SiteCheck.Result result = new SiteCheck().check(source.dir, day);
        List<Finding> findings = result.findings();
        List<Ignored> ignored = showIgnored ? result.ignored() : List.of();
        if (format == Format.json) {
            out.println(FindingsJson.write(findings, ignored, language));
        } else {
            FindingPrinter.print(findings, out, language);
            FindingPrinter.printIgnored(ignored, out, language);
        }
        out.flush();
        err.println(summary(findings, language));
        if (!result.ignored().isEmpty()) {
            err.println(language.text("check.suppressed", result.ignored().size()));
        }
        err.flush();
        boolean failing = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        return failing ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private void printFix(PunctuationFixer.Result result, PrintWriter to, Language language) {
        String file = "";
        for (PunctuationFixer.Change change : result.changes()) {
            if (!change.file().equals(file)) {
                file = change.file();
                to.println("--- " + file);
                to.println(dryRun ? language.text("cli.fix.notWritten", file) : "+++ " + file);
            }
            to.println(language.text("cli.fix.line", change.line()));
            to.println("-" + change.before());
            to.println("+" + change.after());
        }
        for (String gbk : result.gbk()) {
            to.println(dryRun ? language.text("cli.fix.gbk.dryRun", gbk) : language.text("cli.fix.gbk", gbk));
        }
        if (result.changes().isEmpty()) {
            to.println(language.text("cli.fix.nothing"));
            if (!dryRun && !result.gbk().isEmpty()) {
                to.println(language.text("cli.fix.gbk.done", result.gbk().size(), result.backup().orElse("?")));
            }
        } else if (dryRun) {
            to.println(language.text("cli.fix.dryRun", result.changes().size(), result.files()));
        } else {
            to.println(language.text("cli.fix.done", result.changes().size(), result.files(), result.backup().orElse("?")));
        }
        to.flush();
    }

    private static String summary(List<Finding> findings, Language language) {
        if (findings.isEmpty()) {
            return language.text("cli.check.none");
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        return language.text("cli.check.summary", findings.size(), errors, warnings, infos);
    }
}
