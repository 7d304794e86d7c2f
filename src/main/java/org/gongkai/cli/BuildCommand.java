package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gongkai.build.BuildOptions;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.publish.Changes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site in --source into --out (default: SOURCE/site).")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOption source;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced only when the build succeeds (default: SOURCE/site).")
    Path out;

    @Option(names = "--drafts", description = "Include reports with draft: true.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Absolute URL the site is published at (overrides base_url in site.yaml).")
    String baseUrl;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--changes", description = "List every added, changed and removed file.")
    boolean listChanges;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no summary.")
    boolean quiet;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuild().run(new BuildOptions(source.dir, out, drafts, baseUrl, strict),
                TerminalProgress.forTerminal(spec.commandLine().getErr(), quiet));
        PrintWriter stdout = spec.commandLine().getOut();
        new ProblemPrinter(spec.commandLine().getErr(), Main.language(spec)).print(result.notices());
        if (!quiet) {
            Changes changes = result.changes();
            long otherAdded = changes.added().size() - Changes.pages(changes.added());
            long otherChanged = changes.changed().size() - Changes.pages(changes.changed());
            long otherRemoved = changes.removed().size() - Changes.pages(changes.removed());
            stdout.printf(Locale.ROOT, "built %d pages (%d files) into %s in %.1f s; against the previous site: "
                            + "%d pages added, %d changed, %d removed%s%n",
                    result.pages(), result.files(), displayOut(), result.elapsed().toMillis() / 1000.0,
                    Changes.pages(changes.added()), Changes.pages(changes.changed()), Changes.pages(changes.removed()),
                    otherAdded + otherChanged + otherRemoved == 0 ? ""
                            : String.format(Locale.ROOT, " (other files: %d added, %d changed, %d removed)",
                                    otherAdded, otherChanged, otherRemoved));
            if (listChanges) {
                changes.added().forEach(p -> stdout.println("  added    " + p));
                changes.changed().forEach(p -> stdout.println("  changed  " + p));
                changes.removed().forEach(p -> stdout.println("  removed  " + p));
            }
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    private String displayOut() {
        Path dir = out == null ? source.dir.resolve("site") : out;
        return dir.toString();
    }
}
