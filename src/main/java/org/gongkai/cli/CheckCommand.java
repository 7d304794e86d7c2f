package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.gongkai.check.PunctuationFixer;
import org.gongkai.check.SiteCheck;
import org.gongkai.lint.Finding;
import org.gongkai.lint.Ignored;
import org.gongkai.problem.Language;
import org.gongkai.problem.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the site in --source for defects before publishing: placeholders, missing figures, "
                + "totals that do not add up, year mismatches, malformed 文号, ASCII punctuation, personal data, "
                + "figures that contradict the data files, broken links, images without alt text, skipped headings.",
                "Exit code 1 when there is an error or a warning, 0 otherwise."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(names = "--fix", description = "Rewrite ASCII punctuation in Chinese text into full-width marks. Lists "
            + "every changed line and saves the originals in .gongkai-backup/ first.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: list the changes without writing anything.")
    boolean dryRun;

    @Option(names = "--show-ignored", description = "Also list the findings that gongkai-ignore or check_ignore "
            + "suppress, each marked with the suppression.")
    boolean showIgnored;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun && !fix) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dry-run goes with --fix");
        }
        if (fix) {
            printFix(new PunctuationFixer().run(source.dir, !dryRun), format == Format.json ? err : out);
        }
        SiteCheck.Result result = new SiteCheck().check(source.dir);
        List<Finding> findings = result.findings();
        List<Ignored> ignored = showIgnored ? result.ignored() : List.of();
        Language language = Main.language(spec);
        if (format == Format.json) {
            out.println(FindingsJson.write(findings, ignored, language));
        } else {
            FindingPrinter.print(findings, out, language);
            FindingPrinter.printIgnored(ignored, out, language);
        }
        out.flush();
        err.println(summary(findings));
        if (!result.ignored().isEmpty()) {
            err.println(language.text("check.suppressed", result.ignored().size()));
        }
        err.flush();
        boolean failing = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        return failing ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    private void printFix(PunctuationFixer.Result result, PrintWriter to) {
        String file = "";
        for (PunctuationFixer.Change change : result.changes()) {
            if (!change.file().equals(file)) {
                file = change.file();
                to.println("--- " + file);
                to.println("+++ " + file + (dryRun ? " (not written: --dry-run)" : ""));
            }
            to.println("@@ line " + change.line() + " @@");
            to.println("-" + change.before());
            to.println("+" + change.after());
        }
        if (result.changes().isEmpty()) {
            to.println("--fix: no ASCII punctuation to fix");
        } else if (dryRun) {
            to.println("--fix --dry-run: " + result.changes().size() + " lines in " + result.files()
                    + " files would change; nothing was written");
        } else {
            to.println("--fix: " + result.changes().size() + " lines in " + result.files() + " files rewritten; "
                    + "the originals are in " + result.backup().orElse("?"));
        }
        to.flush();
    }

    private static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "check: no findings";
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        return "check: " + findings.size() + " finding(s): " + errors + " error(s), " + warnings + " warning(s), "
                + infos + " info";
    }
}
