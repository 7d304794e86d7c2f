package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.problem.Language;
import org.gongkai.publish.Changes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = {"-d", "--out"}, paramLabel = "DIR", descriptionKey = "build.out")
    Path out;

    @Option(names = {"-D", "--drafts"}, descriptionKey = "build.drafts")
    boolean drafts;

    @Option(names = {"-b", "--base-url"}, paramLabel = "URL", descriptionKey = "build.baseUrl")
    String baseUrl;

    @Option(names = "--strict", descriptionKey = "build.strict")
    boolean strict;

    @Option(names = "--portable", descriptionKey = "build.portable")
    boolean portable;

    @Option(names = "--clean", descriptionKey = "build.clean")
    boolean clean;

    @Option(names = "--changes", descriptionKey = "build.changes")
    boolean listChanges;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "build.quiet")
    boolean quiet;

    @Override
    public Integer call() {
        Language language = Main.language(spec);
        BuildResult result = new SiteBuild().run(
                new BuildOptions(source.dir, out, drafts, baseUrl, strict, portable).withCache(clean),
                TerminalProgress.forTerminal(spec.commandLine().getErr(), quiet, language));
        PrintWriter stdout = spec.commandLine().getOut();
        new ProblemPrinter(spec.commandLine().getErr(), language).print(result.notices());
        if (!quiet) {
            result.fullBecause().ifPresent(reason -> stdout.println(reason.in(language)));
            stdout.println(summary(result, language));
            Changes changes = result.changes();
            if (listChanges) {
                changes.added().forEach(p -> stdout.println("  " + language.text("cli.build.added", p)));
                changes.changed().forEach(p -> stdout.println("  " + language.text("cli.build.changed", p)));
                changes.removed().forEach(p -> stdout.println("  " + language.text("cli.build.removed", p)));
            }
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** Pages and files written, the time, and the pages (and other files) added, changed and removed. */
    private String summary(BuildResult result, Language language) {
        Changes changes = result.changes();
        long otherAdded = changes.added().size() - Changes.pages(changes.added());
        long otherChanged = changes.changed().size() - Changes.pages(changes.changed());
        long otherRemoved = changes.removed().size() - Changes.pages(changes.removed());
        String seconds = String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0);
        Object[] values = {result.pages(), result.files(), displayOut(), seconds, Changes.pages(changes.added()),
                Changes.pages(changes.changed()), Changes.pages(changes.removed()), otherAdded, otherChanged, otherRemoved};
        String summary = otherAdded + otherChanged + otherRemoved == 0 ? language.text("cli.build.summary", values)
                : language.text("cli.build.summaryWithOthers", values);
        return result.reused() == 0 ? summary
                : summary + language.text("cli.build.reused", result.rendered(), result.reused());
    }

    private String displayOut() {
        Path dir = out == null ? source.dir.resolve("site") : out;
        return dir.toString();
    }
}
